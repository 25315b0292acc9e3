/**
 * @module
 * `--keep-alive-timeout MS`: parsed, refused when wrong, in the help, and announced by a
 * running mock in its answers' `Keep-Alive` header.
 */
import { describe, expect, it } from 'vitest'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { runMockCli } from './run-mock-cli.js'
import { mockCliUsage } from './usage.js'

const parse = (argv: string[]) => parseMockArgs(argv, {}).options

describe('--keep-alive-timeout', () => {
  it('reads milliseconds, and leaves the default to the server when absent', () => {
    expect(parse(['--keep-alive-timeout', '65000']).keepAliveTimeout).toBe(65_000)
    expect(parse(['--keep-alive-timeout=1']).keepAliveTimeout).toBe(1)
    expect(parse([]).keepAliveTimeout).toBeUndefined()
  })

  it.each([
    [
      ['--keep-alive-timeout', '0'],
      /--keep-alive-timeout must be a whole number from 1 to 2147483647, got "0"/,
    ],
    [
      ['--keep-alive-timeout', '5s'],
      /--keep-alive-timeout must be a whole number from 1 to 2147483647/,
    ],
    [['--keep-alive-timeout', '2147483648'], /must be a whole number from 1 to 2147483647/],
    [['--keep-alive-timeout'], /--keep-alive-timeout needs a value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(argv)).toThrow(MockUsageError)
    expect(() => parse(argv)).toThrow(message)
  })

  it('is in the help, with its default', () => {
    expect(mockCliUsage()).toMatch(/--keep-alive-timeout MS[\s\S]*Default: 5000\n/)
  })

  it('is announced by the running mock', async () => {
    const running = await runMockCli(['--port', '0', '--quiet', '--keep-alive-timeout', '65000'], {
      stdout: () => {},
    })
    try {
      const res = await fetch(`${running.url}/__mock/health`)
      await res.arrayBuffer()
      expect(res.headers.get('keep-alive')).toBe('timeout=65')
    } finally {
      await running.close()
    }
  })
})
