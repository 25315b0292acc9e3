/**
 * @module
 * The command-line flags of namespaces: `--namespace-limit`, `--namespace-idle` and
 * `--namespace-journal-bytes`, parsed, refused when wrong, in the help, and in force on a
 * running mock.
 */
import { describe, expect, it } from 'vitest'
import { MockUsageError } from './mock-usage-error.js'
import { parseMockArgs } from './parse-mock-args.js'
import { runMockCli } from './run-mock-cli.js'
import { mockCliUsage } from './usage.js'

const parse = (argv: string[]) => parseMockArgs(argv, {}).options

describe('namespace flags', () => {
  it('read a limit, an idle time and a budget', () => {
    const options = parse([
      '--namespace-limit',
      '8',
      '--namespace-idle=90s',
      '--namespace-journal-bytes',
      '65536',
    ])
    expect(options).toMatchObject({
      namespaceLimit: 8,
      namespaceIdleMs: 90_000,
      namespaceJournalBytes: 65_536,
    })
    expect(parse([]).namespaceLimit).toBeUndefined()
  })

  it.each([
    ['15m', 900_000],
    ['1h30m', 5_400_000],
    ['60000', 60_000],
    ['1', 1],
  ])('read --namespace-idle %s', (text, ms) => {
    expect(parse(['--namespace-idle', text]).namespaceIdleMs).toBe(ms)
  })

  it.each([
    [['--namespace-limit', '-1'], /--namespace-limit must be a whole number/],
    [['--namespace-limit', 'many'], /--namespace-limit must be a whole number/],
    [['--namespace-journal-bytes', '1.5'], /--namespace-journal-bytes must be a whole number/],
    [['--namespace-idle', '0'], /--namespace-idle must be a duration such as 15m/],
    [['--namespace-idle', 'soon'], /--namespace-idle must be a duration such as 15m/],
    [['--namespace-idle'], /--namespace-idle needs a value/],
  ])('refuse %j', (argv, message) => {
    expect(() => parse(argv)).toThrow(MockUsageError)
    expect(() => parse(argv)).toThrow(message)
  })

  it('are in the help, with their defaults', () => {
    const help = mockCliUsage()
    expect(help).toContain('--namespace-limit N')
    expect(help).toContain('Default: 256 (0 = none)')
    expect(help).toContain('--namespace-idle TIME')
    expect(help).toContain('Default: 15m')
    expect(help).toContain('--namespace-journal-bytes N')
    expect(help).toContain('Default: 65536')
  })

  it('are in force on the running mock', async () => {
    const running = await runMockCli(
      ['--port', '0', '--quiet', '--namespace-limit', '1', '--namespace-idle', '2m'],
      { stdout: () => {} },
    )
    try {
      expect((await fetch(`${running.url}/ns/a/__mock/health`)).status).toBe(200)
      const refused = await fetch(`${running.url}/ns/b/__mock/health`)
      expect(refused.status).toBe(503)
      const listed = (await (await fetch(`${running.url}/__mock/namespaces`)).json()) as Record<
        string,
        unknown
      >
      expect(listed).toMatchObject({ limit: 1, idleMs: 120_000, refused: 1 })
    } finally {
      await running.close()
    }
  })
})
