/** sendsms status in-process against a real mock on its virtual clock: a report as it moves on, --json, "no report" and each failure's exit code. */
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const sandbox = useSandboxMock()
const apis = useUnusableApis()

/** Sends one message with the mock's clock stopped and returns its id. */
async function sentMessage(): Promise<string> {
  sandbox.running().mock.clock.setVirtual(true)
  const run = await sandbox.send(['--to', '254712345678', '--message', 'Hi', '--json'])
  const [row] = run.json().results as { messageId: string }[]
  return row?.messageId as string
}

describe('sendsms status against the mock', () => {
  it('prints SentToNetwork, not final, right after the send, and exits 0', async () => {
    const id = await sentMessage()
    const run = await sandbox.run(['status', id])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toMatch(
      new RegExp(
        `^${id} {2}SentToNetwork \\(8\\) {2}not final yet {2}network 1 {2}after \\S+ {2}at \\S+Z\\n$`,
      ),
    )
  })

  it('prints DeliveredToTerminal once the clock moved on, as one JSON document with --json', async () => {
    const id = await sentMessage()
    await sandbox.running().mock.clock.advance('30s')
    const run = await sandbox.run(['status', id, '--json'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout().trim().split('\n')).toHaveLength(1)
    expect(run.json()).toEqual({
      ok: true,
      report: {
        messageId: id,
        status: 'DeliveredToTerminal',
        statusCode: 32,
        final: true,
        turnaround: expect.stringMatching(/^\d\d:\d\d:\d\d$/),
        turnaroundSeconds: expect.any(Number),
        networkId: '1',
        deliveredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    })
    const text = await sandbox.run(['status', id, '--get'])
    expect(text.stdout()).toContain('DeliveredToTerminal (32)  final')
    expect(sandbox.requests.at(-1)).toMatch(/^GET \/api\/services\/getdlr /)
  })

  it('exits 3 for a message with no report, naming NoDeliveryReportError in JSON', async () => {
    const run = await sandbox.run(['status', '999999999'])
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.stderr()).toMatch(/^sendsms: no delivery report: 1009 No dlr\n.*no report yet/)
    const asJson = await sandbox.run(['status', '999999999', '--json'])
    expect(asJson.json()).toEqual({
      ok: false,
      error: {
        kind: 'ApiError',
        name: 'NoDeliveryReportError',
        code: 1009,
        description: 'No dlr',
        message: 'no delivery report: 1009 No dlr',
      },
    })
  })

  it('exits 3 for a wrong key', async () => {
    const run = await sandbox.run(
      ['status', '1', '--json'],
      sandbox.env({ ADVANTA_API_KEY: 'wrong' }),
    )
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.json()).toMatchObject({ error: { name: 'InvalidCredentialsError', code: 1006 } })
  })

  it.each([
    ['no message ID', [], 'UsageError'],
    ['two message IDs', ['1', '2'], 'UsageError'],
    ['a blank message ID', [' '], 'InvalidRequestError'],
    ['an unknown flag', ['1', '--to', '254712345678'], 'UsageError'],
  ])('exits 2 without any request for %s', async (_, extra, kind) => {
    const run = await sandbox.run(['status', ...extra, '--json'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
    expect(sandbox.requests).toEqual([])
  })

  it.each([
    ['nothing listens', () => apis.closed(), [], 'ConnectionError'],
    ['the API never answers', () => apis.silent(), ['--timeout', '50'], 'TimeoutError'],
    ['the answer is not the API', () => apis.garbage(), [], 'UnexpectedResponseError'],
  ])('exits 5 when %s', async (_, url, extra, kind) => {
    const env = sandbox.env({ ADVANTA_BASE_URL: url() })
    const run = await sandbox.run(['status', '1', '--json', ...extra], env)
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
  })
})
