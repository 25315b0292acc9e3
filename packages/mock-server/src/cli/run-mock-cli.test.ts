/**
 * @module
 * The mock's command line: flags, PORT, accounts files, usage errors and the banner.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { RunningMock } from '../node/start-mock-server.js'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { runMockCli } from './run-mock-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'sendsms-mock-cli-'))
const running: RunningMock[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function start(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = []
  const server = await runMockCli(argv, {
    stdout: (s) => out.push(s),
    stderr: (s) => out.push(s),
    env,
  })
  running.push(server)
  return { server, output: () => out.join('') }
}

describe('runMockCli', () => {
  it('starts on the given port and host and prints a banner with the sandbox account', async () => {
    const { server, output } = await start(['--port', '0', '--host', '127.0.0.1'])
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const banner = output()
    expect(banner).toContain(`listening on http://127.0.0.1:${server.port}`)
    expect(banner).toContain(
      'Sandbox account: partnerID 12345, apikey sandbox-api-key, shortcode SANDBOX, credit 10000000',
    )
  })

  it('lists every endpoint and the answer profile in the banner', async () => {
    const { server, output } = await start([
      '--port',
      '0',
      '--profile',
      'strict-go',
      '--answer',
      'low-credit=top-level',
    ])
    expect(output()).toContain(`  sendbulk:   ${server.url}/api/services/sendbulk\n`)
    expect(output()).toContain(`  getbalance: ${server.url}/api/services/getbalance\n`)
    expect(output()).toContain('Answer profile: strict-go, with low credit top-level\n')
    const plain = await start(['--port', '0'])
    expect(plain.output()).toContain('Answer profile: docs\n')
  })

  it('takes the port from PORT when --port is absent', () => {
    expect(parseMockArgs([], { PORT: '5123' }).options.port).toBe(5123)
    expect(parseMockArgs(['--port=6000'], { PORT: '5123' }).options.port).toBe(6000)
    expect(parseMockArgs([], {}).options.port).toBeUndefined()
  })

  it('uses PORT to start', async () => {
    const { server } = await start([], { PORT: '0' })
    expect(server.port).toBeGreaterThan(0)
  })

  it('adds --account flags, hiding their apikeys in the banner', async () => {
    const { server, output } = await start([
      '--port=0',
      '--account',
      '777:acme-secret:ACME,ACME2:500',
      '--account=888:other-secret:OTHER',
    ])
    expect(server.mock.accounts.get('777')).toEqual({
      partnerID: '777',
      apikey: 'acme-secret',
      shortcodes: ['ACME', 'ACME2'],
      credit: 500,
    })
    expect(server.mock.accounts.get('888')?.credit).toBe(10_000_000)
    expect(server.mock.accounts.get('12345')).toBeDefined()
    expect(output()).toContain(
      'Account: partnerID 777, shortcode ACME,ACME2, credit 500 (apikey hidden)',
    )
    expect(output()).not.toContain('acme-secret')
    expect(output()).not.toContain('other-secret')
  })

  it('reads accounts from a JSON file, in either shape', async () => {
    const list = join(dir, 'list.json')
    writeFileSync(
      list,
      JSON.stringify([{ partnerID: 42, apikey: 'file-secret', shortcodes: ['FILE'], credit: 7 }]),
    )
    const wrapped = join(dir, 'wrapped.json')
    writeFileSync(
      wrapped,
      JSON.stringify({ accounts: [{ partnerID: '43', apikey: 'k2', shortcodes: ['W'] }] }),
    )
    const { server, output } = await start([
      '--port',
      '0',
      '--accounts',
      list,
      '--accounts',
      wrapped,
    ])
    expect(server.mock.accounts.get('42')).toMatchObject({ apikey: 'file-secret', credit: 7 })
    expect(server.mock.accounts.get('43')).toMatchObject({ shortcodes: ['W'], credit: 10_000_000 })
    expect(output()).not.toContain('file-secret')
  })

  it('passes --journal-limit, --profile and --answer to the mock', async () => {
    const { server } = await start([
      '--port',
      '0',
      '--journal-limit',
      '1',
      '--profile',
      'live-capture',
      '--answer',
      'sendsms.messageid=string',
      '--quiet',
    ])
    const query = new URLSearchParams({
      apikey: 'sandbox-api-key',
      partnerID: '12345',
      shortcode: 'SANDBOX',
      message: 'hi',
      mobile: '0712345678,0733123456',
    })
    const answer = await (await fetch(`${server.url}/api/services/sendsms?${query}`)).json()
    expect(answer.responses[0]).toEqual({
      'respose-code': 200,
      'response-description': 'Success',
      mobile: 254712345678,
      messageid: '100000001',
      networkid: '1',
    })
    expect(server.mock.journal.size).toBe(1)
    expect(server.mock.profile.get()).toMatchObject({ base: 'live-capture', lowCredit: 'row' })
  })

  it('sets the code key and the low-credit form with --answer, the later flag winning', async () => {
    const { server } = await start([
      '--port=0',
      '--quiet',
      '--answer',
      'low-credit=top-level',
      '--answer=code-key=respose-code',
      '--answer',
      'getbalance.credit=number',
      '--answer',
      'getbalance.credit=string',
    ])
    expect(server.mock.profile.get()).toMatchObject({
      base: 'docs',
      codeKey: 'respose-code',
      lowCredit: 'top-level',
      types: { 'getbalance.credit': 'string' },
    })
  })

  it('logs requests to stdout unless --quiet, without the apikey', async () => {
    const loud = await start(['--port', '0'])
    await fetch(`${loud.server.url}/api/services/sendsms?apikey=sandbox-api-key&partnerID=1`)
    expect(loud.output()).toMatch(/GET \/api\/services\/sendsms -> 1006/)
    expect(
      loud
        .output()
        .split('\n')
        .filter((l) => l.startsWith('GET'))
        .join(''),
    ).not.toContain('apikey')
    const quiet = await start(['--port', '0', '--quiet'])
    const before = quiet.output()
    await fetch(`${quiet.server.url}/__mock/health`)
    expect(quiet.output()).toBe(before)
  })

  it('throws a MockUsageError whose exitCode is 0 and message is the help for --help', async () => {
    const error = await runMockCli(['--help'], { env: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MockUsageError)
    expect((error as MockUsageError).exitCode).toBe(0)
    expect((error as MockUsageError).message).toContain('--journal-limit N')
  })
})

describe('runMockCli usage errors', () => {
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, '{"accounts": [{"partnerID": "1", "apikey": "leaky-secret",')
  const noKey = join(dir, 'no-key.json')
  writeFileSync(noKey, JSON.stringify([{ partnerID: '1', shortcodes: ['A'] }]))

  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['an unknown flag', ['--verbose'], {}, /Unknown flag --verbose/],
    ['a stray argument', ['serve'], {}, /Unexpected argument "serve"/],
    ['a port that is not a number', ['--port', 'abc'], {}, /--port must be a whole number/],
    [
      'a port out of range',
      ['--port', '70000'],
      {},
      /--port must be a whole number from 0 to 65535/,
    ],
    ['a bad PORT', [], { PORT: 'eighty' }, /PORT must be a whole number/],
    ['a missing value', ['--host'], {}, /--host needs a value/],
    ['a value on --quiet', ['--quiet=yes'], {}, /--quiet takes no value/],
    [
      'an --account without a shortcode',
      ['--account', '1:zz-secret-zz'],
      {},
      /--account for partnerID "1" must look like/,
    ],
    [
      'an --account with a bad credit',
      ['--account', '1:zz-secret-zz:A:lots'],
      {},
      /--account credit must be a whole number/,
    ],
    [
      'a missing --accounts file',
      ['--accounts', join(dir, 'missing.json')],
      {},
      /cannot read the file \(ENOENT\)/,
    ],
    ['an --accounts file that is not JSON', ['--accounts', bad], {}, /is not valid JSON/],
    [
      'an --accounts file with an account lacking apikey',
      ['--accounts', noKey],
      {},
      /apikey must be a non-empty string/,
    ],
    ['the former --quirks', ['--quirks', 'string-ids'], {}, /--quirks was replaced by --profile/],
    [
      'an unknown profile',
      ['--profile', 'typos'],
      {},
      /--profile must be docs, live-capture, strict-go, got "typos"/,
    ],
    [
      'an --answer without =',
      ['--answer', 'sendsms.messageid'],
      {},
      /--answer takes SETTING=VALUE/,
    ],
    [
      'an --answer for an unknown field',
      ['--answer', 'sendsms.credit=string'],
      {},
      /--answer sendsms.credit=string: unknown field "sendsms.credit"/,
    ],
    [
      'an --answer with a type the field cannot take',
      ['--answer', 'sendsms.messageid=number'],
      {},
      /sendsms.messageid must be "integer", "string", got "number"/,
    ],
    [
      'an --answer with an unknown code key',
      ['--answer', 'code-key=code'],
      {},
      /codeKey must be "response-code", "respose-code", got "code"/,
    ],
    [
      'a negative journal limit',
      ['--journal-limit', '-1'],
      {},
      /--journal-limit must be a whole number/,
    ],
  ])('throws MockUsageError for %s', async (_name, argv, env, message) => {
    const error = await runMockCli(argv, { env, stdout: () => {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MockUsageError)
    expect((error as MockUsageError).exitCode).toBe(2)
    expect((error as Error).message).toMatch(message)
    expect(String(error)).not.toContain('leaky-secret')
    expect(String(error)).not.toContain('zz-secret-zz')
  })
})
