/** runCli dispatch: help, version, bad usage and the bug path, none of which needs a server. */
import { readFileSync } from 'node:fs'
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@sendsms/client/settings'
import { describe, expect, it, vi } from 'vitest'
import { BULK_FLAGS } from './commands/bulk.js'
import { OTP_FLAGS } from './commands/otp.js'
import { SEND_FLAGS } from './commands/send.js'
import { EXIT_CODES } from './exit-codes.js'
import { runCli } from './run-cli.js'
import { captureIo } from './testing/capture-io.js'

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string }

describe('runCli help and version', () => {
  it.each([
    [['--help'], 'Usage:\n  sendsms send'],
    [['-h'], 'Usage:\n  sendsms send'],
    [['help'], 'Usage:\n  sendsms send'],
    [['help', 'send'], 'Usage: sendsms send'],
    [['send', '--help'], 'Usage: sendsms send'],
    [['help', 'mock'], 'Usage: sendsms mock'],
    [['mock', '--help'], 'Usage: sendsms mock'],
    [['help', 'bulk'], 'Usage: sendsms bulk FILE'],
    [['bulk', '--help'], 'Usage: sendsms bulk FILE'],
    [['help', 'otp'], 'Usage: sendsms otp'],
    [['otp', '-h'], 'Usage: sendsms otp'],
    [['help', 'balance'], 'Usage: sendsms balance'],
    [['balance', '--help'], 'Usage: sendsms balance'],
    [['help', 'status'], 'Usage: sendsms status MESSAGE_ID'],
    [['status', '--help'], 'Usage: sendsms status MESSAGE_ID'],
    [['help', 'config'], 'Usage: sendsms config ACTION'],
    [['config', '--help'], 'Usage: sendsms config ACTION'],
    [['help', 'completion'], 'Usage: sendsms completion bash|zsh|fish'],
    [['completion', '-h'], 'Usage: sendsms completion bash|zsh|fish'],
  ])('prints help for %j on stdout and exits 0', async (argv, expected) => {
    const captured = captureIo()
    expect(await runCli(argv, captured.io)).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toContain(expected)
    expect(captured.stderr()).toBe('')
  })

  it('documents every flag of send in its help', async () => {
    const captured = captureIo()
    await runCli(['help', 'send'], captured.io)
    for (const flag of [
      '--to',
      '--message',
      '--at',
      '--get',
      '--json',
      '--base-url',
      '--api-key',
    ]) {
      expect(captured.stdout()).toContain(flag)
    }
    for (const flag of ['--partner-id', '--shortcode', '--timeout']) {
      expect(captured.stdout()).toContain(flag)
    }
  })

  const CONNECTION = [
    '--json',
    '--base-url',
    '--api-key',
    '--partner-id',
    '--shortcode',
    '--timeout',
  ]
  it.each([
    ['send', SEND_FLAGS],
    ['otp', OTP_FLAGS],
    ['bulk', BULK_FLAGS],
  ])('names each flag %s declares in its help', async (command, flags) => {
    const captured = captureIo()
    await runCli(['help', command], captured.io)
    for (const flag of Object.keys(flags)) expect(captured.stdout()).toContain(`--${flag}`)
  })

  it.each([
    ['bulk', CONNECTION],
    ['otp', ['--to', '--message', '--hashed', '--get', ...CONNECTION]],
    ['balance', ['--get', ...CONNECTION]],
    ['status', ['--get', ...CONNECTION]],
  ])('documents every flag of %s in its help', async (command, flags) => {
    const captured = captureIo()
    await runCli(['help', command], captured.io)
    for (const flag of flags) expect(captured.stdout()).toContain(flag)
  })

  it('lists every command in the general help', async () => {
    const captured = captureIo()
    await runCli(['--help'], captured.io)
    for (const command of ['send', 'bulk', 'otp', 'balance', 'status', 'mock']) {
      expect(captured.stdout()).toMatch(new RegExp(`^  sendsms ${command} `, 'm'))
    }
  })

  it('gives the bulk limit of the client in the help of bulk', async () => {
    const { MAX_BULK_ITEMS } = await import('@sendsms/client')
    const captured = captureIo()
    await runCli(['help', 'bulk'], captured.io)
    expect(captured.stdout()).toContain(`at most\n${MAX_BULK_ITEMS} of them`)
  })

  it.each([
    [['--help'], [`ADVANTA_BASE_URL    API base URL (default ${DEFAULT_BASE_URL})`]],
    [
      ['help', 'send'],
      [`(env ADVANTA_BASE_URL, default ${DEFAULT_BASE_URL})`, `(default ${DEFAULT_TIMEOUT_MS})`],
    ],
  ])('prints the client defaults in the help for %j', async (argv, lines) => {
    const captured = captureIo()
    await runCli(argv, captured.io)
    for (const line of lines) expect(captured.stdout()).toContain(line)
  })

  it.each([['--version'], ['-v']])('prints the package version for %s', async (flag) => {
    const captured = captureIo()
    expect(await runCli([flag], captured.io)).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toBe(`${version}\n`)
  })
})

describe('runCli without output streams in io', () => {
  it("writes to the process's own standard output and standard error", async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const written = (spy: typeof out) => spy.mock.calls.map(([text]) => String(text)).join('')
    let codes: number[]
    let printed: string[]
    try {
      codes = [await runCli(['--version'], { env: {} }), await runCli([], { env: {} })]
      printed = [written(out), written(err)]
    } finally {
      // Restored before any assertion, so a failure can still be reported.
      out.mockRestore()
      err.mockRestore()
    }
    expect(codes).toEqual([EXIT_CODES.ok, EXIT_CODES.usage])
    expect(printed[0]).toBe(`${version}\n`)
    expect(printed[1]).toMatch(/^sendsms: send SMS through the Advanta SMS API/)
  })
})

describe('runCli bad usage', () => {
  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const captured = captureIo()
    expect(await runCli([], captured.io)).toBe(EXIT_CODES.usage)
    expect(captured.stderr()).toContain('Usage:')
    expect(captured.stdout()).toBe('')
  })

  it.each([
    [['launch'], "unknown command 'launch'"],
    [['help', 'launch'], "no help for unknown command 'launch'"],
    [['help', 'send', 'mock'], 'help takes at most one command'],
    [['send', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['send', 'stray'], "Unexpected argument 'stray'"],
    [['send', '--message', 'hi'], 'missing --to'],
    [['send', '--to', ' , '], 'missing --to'],
    [['send', '--to', '254712345678'], 'missing --message'],
    [
      ['send', '--to', '254712345678', '--message', 'hi', '--at', 'soon'],
      "--at: cannot read 'soon'",
    ],
    [['send', '--to', '254712345678', '--message', 'hi', '--timeout', 'x'], '--timeout must be'],
    [['bulk'], 'bulk takes exactly one file'],
    [['status'], 'status takes exactly one message ID'],
    [['balance', 'now'], "Unexpected argument 'now'"],
    [['otp', '--message', 'hi'], 'missing --to'],
  ])('exits 2 for %j with one clear line and no stack', async (argv, message) => {
    const captured = captureIo()
    expect(await runCli(argv, captured.io)).toBe(EXIT_CODES.usage)
    expect(captured.stderr()).toContain(`sendsms: ${message}`)
    expect(captured.stderr()).not.toMatch(/\n\s+at /)
    expect(captured.stdout()).toBe('')
  })

  it('never echoes an --api-key value given to an unknown flag', async () => {
    const captured = captureIo()
    const argv = ['send', '--api-key', 'very-secret-key', '--apikey=very-secret-key']
    expect(await runCli(argv, captured.io)).toBe(EXIT_CODES.usage)
    expect(captured.all()).not.toContain('very-secret-key')
  })
})

describe('runCli output redaction', () => {
  // Characters that encoders change, so the encoded and JSON-escaped copies are masked too.
  const KEY = 'my "key"&7/ü'
  const FORMS = [KEY, encodeURIComponent(KEY), 'my \\"key\\"&7/ü']
  const ECHOED = "Unexpected argument '[redacted]'"

  it.each<[string, string[], Record<string, string>, string]>([
    ['a stray copy of --api-key KEY', ['send', '--api-key', KEY, KEY], {}, ECHOED],
    ['a stray copy of --api-key=KEY', ['send', `--api-key=${KEY}`, KEY], {}, ECHOED],
    ['a stray copy of ADVANTA_API_KEY', ['send', KEY], { ADVANTA_API_KEY: KEY }, ECHOED],
    [
      'a base URL holding the key URL-encoded, over GET',
      [
        'send',
        ...['--to', '254712345678', '--message', 'Hi', '--get', '--api-key', KEY],
        ...['--partner-id', '1', '--shortcode', 'S'],
        ...['--base-url', `http://127.0.0.1:1/${encodeURIComponent(KEY)}`],
      ],
      {},
      'base URL http://127.0.0.1:1/[redacted]',
    ],
  ])('prints [redacted] for %s, never the key', async (_case, argv, env, masked) => {
    const captured = captureIo(env)
    await runCli(argv, captured.io)
    expect(captured.stderr()).toContain(masked)
    for (const form of FORMS) expect(captured.all()).not.toContain(form)
  })

  it('masks the JSON-escaped key in a --json document', async () => {
    const captured = captureIo({ ADVANTA_API_KEY: KEY })
    await runCli(['send', KEY, '--json'], captured.io)
    expect(JSON.parse(captured.stdout())).toMatchObject({
      error: { message: expect.stringContaining(ECHOED) },
    })
    for (const form of FORMS) expect(captured.all()).not.toContain(form)
  })

  it('leaves the output alone when the run knows no key', async () => {
    const captured = captureIo()
    await runCli(['send', 'stray'], captured.io)
    expect(captured.stderr()).toContain("Unexpected argument 'stray'")
    expect(captured.all()).not.toContain('[redacted]')
  })
})

describe('runCli unexpected errors', () => {
  it('prints the stack and exits 1 for a bug', async () => {
    const captured = captureIo(
      {},
      {
        readStdin: () => Promise.reject(new Error('stdin exploded')),
      },
    )
    const code = await runCli(['send', '--to', '254712345678', '--message', '-'], captured.io)
    expect(code).toBe(EXIT_CODES.bug)
    expect(captured.stderr()).toContain('this is a bug')
    expect(captured.stderr()).toMatch(/Error: stdin exploded\n\s+at /)
  })
})
