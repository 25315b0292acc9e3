/** sendsms balance in-process against a real mock on a random port: the credit, --json, and each failure's exit code. */
import { SANDBOX_CREDIT } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const sandbox = useSandboxMock()
const apis = useUnusableApis()

describe('sendsms balance against the mock', () => {
  it('prints the credit and the partner ID and exits 0', async () => {
    const run = await sandbox.run(['balance'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toBe(`${SANDBOX_CREDIT.toFixed(2)} credit left (partner ID 12345)\n`)
    expect(run.stderr()).toBe('')
    expect(sandbox.requests).toEqual([expect.stringMatching(/^POST \/api\/services\/getbalance /)])
  })

  it('prints exactly one JSON document with --json, the credit as a number', async () => {
    sandbox.running().mock.accounts.setCredit('12345', 545)
    const run = await sandbox.run(['balance', '--json'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout().trim().split('\n')).toHaveLength(1)
    expect(run.json()).toEqual({
      ok: true,
      balance: { credit: 545, creditText: '545.00', partnerId: '12345' },
    })
  })

  it('asks with GET with --get', async () => {
    expect((await sandbox.run(['balance', '--get'])).code).toBe(EXIT_CODES.ok)
    expect(sandbox.requests).toEqual([expect.stringMatching(/^GET \/api\/services\/getbalance /)])
  })

  it('lets flags override the environment', async () => {
    const env = sandbox.env({ ADVANTA_API_KEY: 'stale-key' })
    const run = await sandbox.run(['balance', '--api-key', 'sandbox-api-key'], env)
    expect(run.code).toBe(EXIT_CODES.ok)
  })

  it.each([
    [
      'a wrong key',
      { ADVANTA_API_KEY: 'wrong-key' },
      1006,
      'InvalidCredentialsError',
      'Check --api-key',
    ],
  ])(
    'exits 3 for %s, as text with advice and as JSON',
    async (_, overrides, code, name, advice) => {
      const env = sandbox.env(overrides)
      const run = await sandbox.run(['balance'], env)
      expect(run.code).toBe(EXIT_CODES.apiError)
      expect(run.stderr()).toContain(`sendsms: the provider refused the request: ${code}`)
      expect(run.stderr()).toContain(advice)
      expect(run.stdout()).toBe('')
      const asJson = await sandbox.run(['balance', '--json'], env)
      expect(asJson.code).toBe(EXIT_CODES.apiError)
      expect(asJson.json()).toEqual({
        ok: false,
        error: {
          kind: 'ApiError',
          name,
          code,
          description: expect.any(String),
          message: expect.any(String),
        },
      })
    },
  )

  const NETWORK = 'Check --base-url (ADVANTA_BASE_URL) and your network.'
  it.each([
    ['nothing listens', () => apis.closed(), [], 'ConnectionError', NETWORK],
    ['the API never answers', () => apis.silent(), ['--timeout', '50'], 'TimeoutError', NETWORK],
    [
      'the answer is not the API',
      () => apis.garbage(),
      [],
      'UnexpectedResponseError',
      'Check that --base-url (ADVANTA_BASE_URL) points at the SMS API.',
    ],
  ])('exits 5 with what to check when %s', async (_, url, extra, kind, advice) => {
    const run = await sandbox.run(
      ['balance', '--json', ...extra],
      sandbox.env({ ADVANTA_BASE_URL: url() }),
    )
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
    expect(run.stderr().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^sendsms: .*; base URL ${url()}$`)),
      advice,
      '',
    ])
  })

  it.each([
    ['an unknown flag', ['--to', '254712345678'], 'UsageError'],
    ['a stray argument', ['12345'], 'UsageError'],
    ['an unreadable --timeout', ['--timeout', 'soon'], 'UsageError'],
    ['a base URL that is not http(s)', ['--base-url', 'ftp://api.test'], 'InvalidRequestError'],
  ])('exits 2 without any request for %s', async (_, extra, kind) => {
    const run = await sandbox.run(['balance', '--json', ...extra])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
    expect(sandbox.requests).toEqual([])
  })
})
