/** runCli dispatch: help, version, bad usage and the bug path, none of which needs a server. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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

  it.each([['--version'], ['-v']])('prints the package version for %s', async (flag) => {
    const captured = captureIo()
    expect(await runCli([flag], captured.io)).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toBe(`${version}\n`)
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
