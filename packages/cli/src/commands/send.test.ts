/** sendsms send in-process against a real mock on a random port: sending, scheduling, --json. */
import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const VALID = '254712345678'
const VALID_2 = '254733123456'

const sandbox = useSandboxMock()

describe('sendsms send against the mock', () => {
  it('paints its rows and its dry run when standard output is a terminal', async () => {
    const onTerminal = async (argv: string[]) => {
      const captured = captureIo(sandbox.env(), { isTTY: { stdout: true, stderr: false } })
      expect(await runCli(['send', '--to', VALID, '--message', 'Hi', ...argv], captured.io)).toBe(
        EXIT_CODES.ok,
      )
      return captured.stdout()
    }
    // picocolors' green around the row's status, its bold around the dry run's first line.
    const ESC = '\u001b'
    expect(await onTerminal([])).toContain(`${ESC}[32maccepted${ESC}[39m`)
    expect(await onTerminal(['--dry-run'])).toContain(
      `${ESC}[1mDry run: nothing was sent.${ESC}[22m`,
    )
  })

  it('sends to one number and exits 0', async () => {
    const run = await sandbox.send(['--to', VALID, '--message', 'Hello'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toMatch(
      /^254712345678 {2}accepted {2}message \d+\n1 accepted, 0 rejected\n$/,
    )
    const [entry] = sandbox.running().mock.journal.list()
    expect(entry).toMatchObject({ mobile: VALID, message: 'Hello', method: 'POST', status: 'sent' })
  })

  it('sends to several numbers from comma lists and repeated --to flags', async () => {
    const run = await sandbox.send([
      '--to',
      `${VALID},${VALID_2}`,
      '--to',
      '0712345679',
      '--message',
      'Hi',
    ])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toContain('3 accepted, 0 rejected')
    expect(
      sandbox
        .running()
        .mock.journal.list()
        .map((entry) => entry.mobile),
    ).toEqual([VALID, VALID_2, '254712345679'])
  })

  it('uses GET with --get', async () => {
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi', '--get'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.list()[0]?.method).toBe('GET')
  })

  it('schedules with --at in the provider format, read as East Africa Time', async () => {
    const run = await sandbox.send([
      '--to',
      VALID,
      '--message',
      'Later',
      '--at',
      '2099-01-15 09:30',
    ])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toContain('(scheduled for 2099-01-15 09:30)')
    expect(sandbox.running().mock.journal.list()[0]).toMatchObject({
      status: 'scheduled',
      sendAt: '2099-01-15T06:30:00.000Z',
    })
  })

  it.each([
    ['ISO 8601', '2099-01-15T06:30:00Z'],
    ['unix seconds', String(Date.UTC(2099, 0, 15, 6, 30) / 1000)],
  ])('schedules with --at as %s', async (_form, at) => {
    const run = await sandbox.send(['--to', VALID, '--message', 'Later', '--at', at])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.list()[0]).toMatchObject({
      status: 'scheduled',
      sendAt: '2099-01-15T06:30:00.000Z',
    })
  })

  it.each([
    ['one line', 'Piped text\n', 'Piped text'],
    [
      'several lines, keeping all but the final newline',
      'Line 1\r\nLine 2\n\n',
      'Line 1\r\nLine 2\n',
    ],
  ])('reads the message from stdin with --message -: %s', async (_case, piped, message) => {
    const captured = captureIo(sandbox.env(), { readStdin: async () => piped })
    const code = await runCli(['send', '--to', VALID, '--message', '-'], captured.io)
    expect(code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.list()[0]?.message).toBe(message)
  })

  it('says nothing of a schedule when every number was rejected', async () => {
    const run = await sandbox.send([
      '--to',
      '07123',
      '--message',
      'Later',
      '--at',
      '2099-01-15 09:30',
      '--no-check',
    ])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.stdout()).toMatch(/\n0 accepted, 1 rejected\n$/)
  })

  it('prints both rows and exits 4 when some numbers are rejected', async () => {
    const run = await sandbox.send(['--to', `${VALID},07123`, '--message', 'Hi', '--no-check'])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.stdout()).toMatch(/254712345678 {2}accepted {2}message \d+/)
    expect(run.stdout()).toMatch(/07123 +rejected {2}1003 Invalid mobile number/)
    expect(run.stdout()).toContain('1 accepted, 1 rejected')
  })

  it('lets flags override the environment', async () => {
    const env = sandbox.env({ ADVANTA_API_KEY: 'stale-env-key', ADVANTA_SHORTCODE: 'NOPE' })
    const run = await sandbox.send(
      [
        '--to',
        VALID,
        '--message',
        'Hi',
        '--api-key',
        SANDBOX.apiKey,
        '--shortcode',
        SANDBOX.shortcode,
      ],
      env,
    )
    expect(run.code).toBe(EXIT_CODES.ok)
  })
})

describe('sendsms send --json', () => {
  it('prints exactly one document with every row on success', async () => {
    const run = await sandbox.send(['--to', `${VALID},${VALID_2}`, '--message', 'Hi', '--json'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout().trim().split('\n')).toHaveLength(1)
    expect(run.json()).toEqual({
      ok: true,
      results: [
        {
          mobile: VALID,
          ok: true,
          code: 200,
          description: 'Success',
          messageId: expect.any(String),
          networkId: '1',
          status: 'accepted',
        },
        {
          mobile: VALID_2,
          ok: true,
          code: 200,
          description: 'Success',
          messageId: expect.any(String),
          networkId: '2',
          status: 'accepted',
        },
      ],
      accepted: 2,
      rejected: 0,
      refused: [],
      duplicates: 0,
    })
    expect(run.stderr()).toBe('')
  })

  it('prints ok false with both rows on a partial failure', async () => {
    const run = await sandbox.send([
      '--to',
      `${VALID},07123`,
      '--message',
      'Hi',
      '--json',
      '--no-check',
    ])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.json()).toMatchObject({
      ok: false,
      accepted: 1,
      rejected: 1,
      results: [
        { mobile: VALID, ok: true },
        { mobile: '07123', ok: false, code: 1003, messageId: null },
      ],
    })
  })
})
