/**
 * @module
 * The command-line flags of delivery reports: `--virtual-clock [ISO]`, `--no-report-code`
 * and `--callback-url`, parsed and passed to a running mock.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { runMockCli } from './run-mock-cli.js'
import { mockCliUsage } from './usage.js'

const parse = (argv: string[]) => parseMockArgs(argv, {}).options

describe('--virtual-clock', () => {
  it.each<[string[], unknown]>([
    [['--virtual-clock'], { virtual: true }],
    [['--virtual-clock', '2030-01-01T09:00:00Z'], { virtual: true, start: '2030-01-01T09:00:00Z' }],
    [['--virtual-clock=2030-01-01 12:00'], { virtual: true, start: '2030-01-01 12:00' }],
    [['--virtual-clock', '--quiet'], { virtual: true }],
  ])('reads %j', (argv, clock) => {
    expect(parse(argv).clock).toEqual(clock)
  })

  it('takes no value that is not a time', () => {
    expect(() => parse(['--virtual-clock', 'tomorrow'])).toThrow(MockUsageError)
    expect(() => parse(['--virtual-clock', 'tomorrow'])).toThrow(/--virtual-clock takes a time/)
  })
})

describe('--no-report-code', () => {
  it('reads 1008 and 1009', () => {
    expect(parse(['--no-report-code', '1008']).noReportCode).toBe(1008)
    expect(parse(['--no-report-code=1009']).noReportCode).toBe(1009)
    expect(parse([]).noReportCode).toBeUndefined()
  })

  it.each(['1005', 'none', ''])('refuses %j', (code) => {
    expect(() => parse(['--no-report-code', code])).toThrow(/--no-report-code must be 1008 or 1009/)
  })
})

describe('--callback-url', () => {
  it('sets the callback URL of the sandbox account, or of the account that replaced it', () => {
    const url = 'http://127.0.0.1:8080/dlr'
    const [sandbox] = parse(['--callback-url', url]).accounts
    expect(sandbox).toMatchObject({ partnerID: '12345', callbackUrl: url })
    const replaced = parse(['--account', '12345:own-key:MINE', '--callback-url', url]).accounts
    expect(replaced).toEqual([
      {
        partnerID: '12345',
        apikey: 'own-key',
        shortcodes: ['MINE'],
        credit: 10_000_000,
        callbackUrl: url,
      },
    ])
  })

  it('is read from an accounts file, and checked there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sendsms-mock-callbacks-'))
    try {
      const good = join(dir, 'good.json')
      const account = {
        partnerID: '777',
        apikey: 'k',
        shortcodes: ['A'],
        callbackUrl: 'https://h.example/dlr',
      }
      writeFileSync(good, JSON.stringify([account]))
      expect(parse(['--accounts', good]).accounts[1]).toEqual({ ...account, credit: 10_000_000 })
      const bad = join(dir, 'bad.json')
      writeFileSync(bad, JSON.stringify([{ ...account, callbackUrl: 'mailto:x@h.example' }]))
      expect(() => parse(['--accounts', bad])).toThrow(/callbackUrl must be an http or https URL/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a URL that is not http or https, without echoing an apikey', () => {
    const error = (() => {
      try {
        parse(['--account', '12345:zz-secret-zz:A', '--callback-url', 'ftp://x'])
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(MockUsageError)
    expect(String(error)).toMatch(/--callback-url must be an http or https URL/)
    expect(String(error)).not.toContain('zz-secret-zz')
  })
})

describe('the flags on a running mock', () => {
  it('start the clock virtual and answer no report with the chosen code', async () => {
    const out: string[] = []
    const running = await runMockCli(
      [
        '--port',
        '0',
        '--quiet',
        '--virtual-clock',
        '2030-01-01T06:00:00Z',
        '--no-report-code',
        '1008',
      ],
      { stdout: (text) => out.push(text), env: {} },
    )
    try {
      expect(out.join('')).toContain('/__mock/clock (virtual, at 2030-01-01T06:00:00.000Z)')
      expect(await (await fetch(`${running.url}/__mock/clock`)).json()).toEqual({
        now: '2030-01-01T06:00:00.000Z',
        virtual: true,
      })
      const query = new URLSearchParams({
        apikey: 'sandbox-api-key',
        partnerID: '12345',
        messageID: '1',
      })
      expect(await (await fetch(`${running.url}/api/services/getdlr?${query}`)).json()).toEqual({
        'response-code': 1008,
        'response-description': 'No Delivery Report',
      })
    } finally {
      await running.close()
    }
  })

  it('are in the help', () => {
    const help = mockCliUsage()
    for (const flag of ['--virtual-clock [ISO]', '--no-report-code N', '--callback-url URL']) {
      expect(help).toContain(flag)
    }
  })
})
