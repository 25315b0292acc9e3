/**
 * @module
 * The targets, judged on the figures of one run. The mock's are judged on the mock as
 * users start it (default settings); `--quiet` is reported, never judged.
 */
import type { BenchResult, TargetVerdict } from '../bench-result.js'
import type { InboxPageResult } from '../measure/inbox-page.js'

function atLeast(name: string, value: number, limit: number, unit = '×'): TargetVerdict {
  return { name, value, unit, limit: `>= ${limit}`, pass: value >= limit }
}

function atMost(name: string, value: number, limit: number, unit: string): TargetVerdict {
  return { name, value, unit, limit: `<= ${limit}`, pass: value <= limit }
}

/**
 * Judges every target; a missing scenario counts as a miss (NaN never passes).
 * @example
 * judgeTargets(result).filter((t) => !t.pass)
 */
export function judgeTargets(result: Omit<BenchResult, 'targets'>): TargetVerdict[] {
  const scenario = (name: string) => result.servers.find((s) => s.name === name)
  const post1 = scenario('post-1')
  const post1000 = scenario('post-1000')
  return [
    atLeast('mock ÷ Prism req/s, POST 1 number', post1?.mockOverPrism ?? Number.NaN, 20),
    atLeast('mock ÷ bare node:http req/s, POST 1 number', post1?.mockOverBare ?? Number.NaN, 0.6),
    atMost(
      `mock p99, POST 1 number, ${post1?.connections ?? '?'} connections`,
      post1?.mock.p99Ms ?? Number.NaN,
      5,
      'ms',
    ),
    atMost(
      `mock p99, POST 1000 numbers, ${post1000?.connections ?? '?'} connections`,
      post1000?.mock.p99Ms ?? Number.NaN,
      25,
      'ms',
    ),
    // The target: the client's recipients per second at least 90 % of the bare loop's.
    atLeast(
      'client ÷ bare fetch recipients/s',
      result.client.clientRecipientsPerS / result.client.fetchRecipientsPerS,
      0.9,
    ),
    atMost('sendsms --help ÷ node -e 0', result.cli.helpOverNode, 2, '×'),
    atMost(`mock RSS after ${result.memory.messages} messages`, result.memory.afterMb, 150, 'MB'),
    atMost('mock peak RSS (VmHWM)', result.memory.peakMb, 150, 'MB'),
    atMost(
      `mock ÷ bare node:http time to read ${result.upload.bytes} bytes in 1-byte chunks`,
      result.upload.mock.uploadMs / result.upload.bare.uploadMs,
      1.5,
      '×',
    ),
    atMost(
      "mock ÷ bare node:http: another client's slowest wait meanwhile",
      result.upload.mock.otherMaxMs / result.upload.bare.otherMaxMs,
      2,
      '×',
    ),
  ]
}

/**
 * Judges the inbox target: the page and its first page of conversations each answer in
 * under 100 ms at the 99th percentile with 10 000 messages in the journal (the slower of
 * the two is judged). A run that held fewer messages than it sent misses it.
 * @example
 * judgeInboxTarget(inbox).pass
 */
export function judgeInboxTarget(inbox: InboxPageResult): TargetVerdict {
  const slowest = Math.max(inbox.page.p99Ms, inbox.conversations.p99Ms)
  const value = inbox.held >= inbox.messages ? slowest : Number.NaN
  return {
    name: `inbox page answers < 100 ms with ${inbox.messages} messages (p99, page and first rows)`,
    value,
    unit: 'ms',
    limit: '< 100',
    pass: value < 100,
  }
}
