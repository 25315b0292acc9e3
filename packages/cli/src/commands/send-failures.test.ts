/** sendsms send when the request fails as a whole: provider codes (exit 3), bad usage (2), no usable API (5). */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const VALID = '254712345678'

const sandbox = useSandboxMock()

describe('sendsms send provider errors', () => {
  beforeEach(() => {
    sandbox.running().mock.accounts.upsert({
      partnerID: '777',
      apikey: 'broke-account-key',
      shortcodes: ['BROKE'],
      credit: 0,
    })
  })

  it.each([
    [
      'a wrong key',
      { ADVANTA_API_KEY: 'wrong-secret-key' },
      1006,
      'Invalid credentials',
      'Check --api-key (ADVANTA_API_KEY) and --partner-id (ADVANTA_PARTNER_ID).',
    ],
    [
      'an unassigned shortcode',
      { ADVANTA_SHORTCODE: 'NOTMINE' },
      1001,
      'Invalid sender id',
      'Check --shortcode (ADVANTA_SHORTCODE): it must be a sender id assigned to your account.',
    ],
  ])(
    'exits 3 with the code and what to check for %s',
    async (_case, overrides, code, description, advice) => {
      const env = sandbox.env(overrides)
      const run = await sandbox.send(['--to', VALID, '--message', 'Hi'], env)
      expect(run.code).toBe(EXIT_CODES.apiError)
      expect(run.stderr().split('\n')).toEqual([
        `sendsms: the provider refused the request: ${code} ${description}`,
        advice,
        '',
      ])
      expect(run.stderr()).not.toMatch(/\n\s+at /)
      expect(run.stdout()).toBe('')
      expect(sandbox.running().mock.journal.size).toBe(0)

      const asJson = await sandbox.send(['--to', VALID, '--message', 'Hi', '--json'], env)
      expect(asJson.code).toBe(EXIT_CODES.apiError)
      expect(asJson.json()).toEqual({
        ok: false,
        error: {
          kind: 'ApiError',
          name: expect.any(String),
          code,
          description,
          message: expect.stringContaining(String(code)),
        },
      })
    },
  )

  const BROKE = {
    ADVANTA_API_KEY: 'broke-account-key',
    ADVANTA_PARTNER_ID: '777',
    ADVANTA_SHORTCODE: 'BROKE',
  }

  it('exits 4 with a rejected row for low credit answered per recipient, as the live service does', async () => {
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi', '--json'], sandbox.env(BROKE))
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.json()).toMatchObject({
      ok: false,
      accepted: 0,
      rejected: 1,
      results: [{ mobile: VALID, ok: false, code: 1004, messageId: null }],
    })
  })

  it('exits 3 with advice for low credit answered at the top level', async () => {
    sandbox.running().mock.profile.set({ base: 'docs', lowCredit: 'top-level' })
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi'], sandbox.env(BROKE))
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.stderr()).toContain(
      'sendsms: the provider refused the request: 1004 Low bulk credits',
    )
    expect(run.stderr()).toContain('Top up the account')
  })

  it.each([
    [4092, 'No API KEY Provided', 'Set --api-key or ADVANTA_API_KEY.'],
    [4091, 'No Partner ID is Set', 'Set --partner-id or ADVANTA_PARTNER_ID.'],
  ])('exits 3 with advice for %s answered by a server', async (code, description, advice) => {
    // The client no longer sends without a key or partner ID; a server (a proxy, a fault)
    // can still answer these codes, and they keep their advice.
    sandbox.running().mock.faults.push({ code, count: 1 })
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi'])
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.stderr().split('\n')).toEqual([
      `sendsms: the provider refused the request: ${code} ${description}`,
      advice,
      '',
    ])
  })

  it('exits 3 with advice for an injected 4090', async () => {
    sandbox.running().mock.faults.push({ code: 4090 })
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi'])
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.stderr()).toContain('try again after 5 minutes')
  })
})

describe('sendsms send bad usage', () => {
  it.each([['an empty message', ['--to', VALID, '--message', '  '], 'message']])(
    'exits 2 without any request for %s',
    async (_case, argv, field) => {
      const run = await sandbox.send([...argv, '--json'])
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.json()).toMatchObject({ ok: false, error: { kind: 'InvalidRequestError', field } })
      expect(run.stderr()).toContain('sendsms: input refused before sending')
      expect(sandbox.requests).toEqual([])
    },
  )

  it('exits 2 without any request for a missing --to', async () => {
    const run = await sandbox.send(['--message', 'Hi'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(sandbox.requests).toEqual([])
  })

  it('prints a usage failure as JSON with --json', async () => {
    const run = await sandbox.send(['--message', 'Hi', '--json', '--bogus'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toEqual({
      ok: false,
      error: { kind: 'UsageError', message: "Unknown option '--bogus'" },
    })
  })
})

describe('sendsms send without a usable API', () => {
  let silent: Server
  let garbage: Server
  let closedUrl: string

  beforeAll(async () => {
    silent = createServer(() => {
      // Never answers: the client's timeout must fire.
    })
    garbage = createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')
    })
    const closed = createServer()
    await Promise.all([silent, garbage, closed].map((server) => listen(server)))
    closedUrl = urlOf(closed)
    await new Promise((resolve) => closed.close(resolve))
  })

  afterAll(async () => {
    silent.closeAllConnections()
    await Promise.all([silent, garbage].map((server) => new Promise((r) => server.close(r))))
  })

  it('exits 5 when nothing listens at the base URL', async () => {
    const run = await sandbox.send(
      ['--to', VALID, '--message', 'Hi', '--json'],
      sandbox.env({ ADVANTA_BASE_URL: closedUrl }),
    )
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind: 'ConnectionError' } })
    expect(run.stderr()).toMatch(/^sendsms: could not reach the SMS API .*; base URL http:\/\/127/)
    expect(run.stderr()).toContain(closedUrl)
  })

  it('exits 5 with TimeoutError when the API does not answer in --timeout', async () => {
    const env = sandbox.env({ ADVANTA_BASE_URL: urlOf(silent) })
    const run = await sandbox.send(
      ['--to', VALID, '--message', 'Hi', '--timeout', '50', '--json'],
      env,
    )
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind: 'TimeoutError' } })
  })

  it('exits 5 when the answer is not the API', async () => {
    const env = sandbox.env({ ADVANTA_BASE_URL: urlOf(garbage) })
    const run = await sandbox.send(['--to', VALID, '--message', 'Hi', '--json'], env)
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({
      ok: false,
      error: { kind: 'UnexpectedResponseError', status: 502 },
    })
  })
})

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
