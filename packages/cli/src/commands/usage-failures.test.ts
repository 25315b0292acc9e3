/**
 * Refusals before anything is sent, for every command: the reason on one line, then the help
 * to read when there is one, as text; the same reason in one JSON document with --json. No
 * server is needed: nothing gets that far.
 */
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'

const VALID = '254712345678'
const CSV = 'to,message\n254712345678,Hi\n'

async function refuse(argv: string[]) {
  const captured = captureIo({}, { readStdin: async () => CSV })
  const code = await runCli(argv, captured.io)
  return { code, stdout: captured.stdout(), lines: captured.stderr().split('\n') }
}

const COMMANDS = ['send', 'bulk', 'otp', 'balance', 'status'] as const
/** The least each command needs to get as far as the client. */
const READY: Record<(typeof COMMANDS)[number], string[]> = {
  send: ['send', '--to', VALID, '--message', 'Hi'],
  bulk: ['bulk', '-'],
  otp: ['otp', '--to', VALID, '--message', 'Hi'],
  balance: ['balance'],
  status: ['status', '100000001'],
}

describe('refusals before sending, as text', () => {
  it.each<[string, string[], string, string]>([
    [
      'an unknown command',
      ['launch'],
      "unknown command 'launch'",
      "Run 'sendsms --help' for the list of commands.",
    ],
    [
      'help for an unknown command',
      ['help', 'launch'],
      "no help for unknown command 'launch'",
      "Run 'sendsms --help' for the list of commands.",
    ],
    [
      'send without --to',
      ['send', '--message', 'Hi'],
      'missing --to (one or more numbers) or --csv FILE',
      "Run 'sendsms help send' for usage.",
    ],
    [
      'send without --message',
      ['send', '--to', VALID],
      'missing --message',
      "Run 'sendsms help send' for usage.",
    ],
    [
      'otp without --to',
      ['otp', '--message', 'Hi'],
      'missing --to (one or more numbers) or --csv FILE',
      "Run 'sendsms help otp' for usage.",
    ],
    [
      'otp without --message',
      ['otp', '--to', VALID],
      'missing --message',
      "Run 'sendsms help otp' for usage.",
    ],
    [
      'otp --hashed with --get',
      [...READY.otp, '--hashed', '--get'],
      '--hashed sends with POST; it cannot be combined with --get',
      "Run 'sendsms help otp' for usage.",
    ],
    [
      'bulk without a file',
      ['bulk'],
      'bulk takes exactly one file (or - for standard input)',
      "Run 'sendsms help bulk' for usage.",
    ],
    [
      'status without a message ID',
      ['status'],
      'status takes exactly one message ID',
      "Run 'sendsms help status' for usage.",
    ],
    [
      'mock with a bad --port',
      ['mock', '--port', 'abc'],
      '--port must be a whole number from 0 to 65535, got "abc"',
      "Run 'sendsms help mock' for usage.",
    ],
    [
      'send with both the numbers and the message on standard input',
      ['send', '--to', '-', '--message', '-'],
      'standard input can hold the numbers (--to -) or the message (--message -), not both',
      "Run 'sendsms help send' for usage.",
    ],
  ])('prints the reason and the help to read for %s', async (_case, argv, reason, advice) => {
    const run = await refuse(argv)
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.lines).toEqual([`sendsms: ${reason}`, advice, ''])
    expect(run.stdout).toBe('')
  })

  it.each(COMMANDS)('names the help of %s for an unknown flag', async (command) => {
    const run = await refuse([command, '--nope'])
    expect(run.code).toBe(EXIT_CODES.usage)
    // Only node's first sentence: its advice about '--' (given to commands that take a
    // file or an id) is left out.
    expect(run.lines).toEqual([
      "sendsms: Unknown option '--nope'",
      `Run 'sendsms help ${command}' for usage.`,
      '',
    ])
  })

  it.each([
    ['two letters swapped', ['--ot', VALID], '--ot', '--to'],
    ['a short flag no command has', ['-o', VALID], '-o', '--to'],
    ['a short flag that is a long one without its dash', ['-a', '2030'], '-a', '--at'],
    ['a long flag two letters off', ['--mesag', 'Hi'], '--mesag', '--message'],
  ])('suggests the flag meant for %s', async (_case, extra, given, meant) => {
    const run = await refuse(['send', '--to', VALID, ...extra])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.lines).toEqual([
      `sendsms: Unknown option '${given}'`,
      `Did you mean '${meant}'? Run 'sendsms help send' for usage.`,
      '',
    ])
  })

  it.each(COMMANDS)('names the help of %s for input the client refuses', async (command) => {
    const credentials = ['--api-key', 'usage-test-key', '--partner-id', '1', '--shortcode', 'S']
    const run = await refuse([...READY[command], ...credentials, '--base-url', 'ftp://api.test'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.lines).toEqual([
      expect.stringMatching(/^sendsms: input refused before sending: \S/),
      `Run 'sendsms help ${command}' for usage.`,
      '',
    ])
  })

  it.each([
    ['an unreadable --at', ['--at', 'soon'], "--at: cannot read 'soon' as a date"],
    ['an unreadable --timeout', ['--timeout', 'soon'], '--timeout must be a positive number'],
  ])('prints only the reason, with nothing to add, for %s', async (_case, extra, reason) => {
    const run = await refuse([...READY.send, ...extra])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.lines).toEqual([expect.stringContaining(`sendsms: ${reason}`), ''])
  })
})

describe('refusals before sending, with --json', () => {
  it.each<[string, string[], string]>([
    ['send without --to', ['send', '--message', 'Hi'], 'missing --to (one or more numbers)'],
    ['send without --message', ['send', '--to', VALID], 'missing --message'],
    ['an unreadable --at', [...READY.send, '--at', 'soon'], "--at: cannot read 'soon' as a date"],
    ['otp without --message', ['otp', '--to', VALID], 'missing --message'],
    [
      'otp --hashed with --get',
      [...READY.otp, '--hashed', '--get'],
      '--hashed sends with POST; it cannot be combined with --get',
    ],
    ['bulk without a file', ['bulk'], 'bulk takes exactly one file (or - for standard input)'],
    ['status without a message ID', ['status'], 'status takes exactly one message ID'],
  ])('prints one JSON document for %s', async (_case, argv, reason) => {
    const run = await refuse([...argv, '--json'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { kind: 'UsageError', message: expect.stringContaining(reason) },
    })
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
  })
})
