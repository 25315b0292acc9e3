/**
 * `sendsms drift` through the real command: against a stand-in upstream that answers as its
 * own mock does, or drifts in chosen ways, against upstreams that do not answer, and with
 * bad usage; the user's key is never printed, and no request could have sent a message.
 */
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
import { ENDPOINTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import type { DriftDocument } from '../drift/drift-report.js'
import { PROBE_NAMES } from '../drift/probes.js'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'
import {
  paramsOf,
  type StandInRequest,
  UPSTREAM_ACCOUNT,
  useStandInUpstream,
} from '../testing/stand-in-upstream.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const KEY = UPSTREAM_ACCOUNT.apikey

const same = useStandInUpstream()

// The live service as it might answer: each rewrite is one deliberate difference.
const drifting = useStandInUpstream((request, answer) => {
  const json = () => JSON.parse(answer.body) as Record<string, unknown>
  const give = (body: Record<string, unknown>) => ({ ...answer, body: JSON.stringify(body) })
  const params = paramsOf(request)
  if (request.path.endsWith('/')) {
    return { status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }
  }
  if (request.path === ENDPOINTS.getbalance.path && request.method === 'POST') {
    if (params.apikey === KEY && typeof params.partnerID === 'string') {
      // The misspelled key, the credit as a number, and no partner-id.
      const { 'response-code': code, credit, 'partner-id': _, ...rest } = json()
      return give({ 'respose-code': code, credit: Number(credit), ...rest })
    }
    if (params.apikey !== undefined && params.apikey !== KEY) {
      return give({ ...json(), 'response-code': '1006' })
    }
  }
  if (request.path === ENDPOINTS.sendsms.path && request.method === 'POST') {
    const body = json()
    if (body['response-code'] === 1006) {
      return give({ ...body, 'response-description': 'invalid credentials' })
    }
  }
  if (request.path === ENDPOINTS.getdlr.path && params.messageID !== undefined) {
    const body = json()
    if (body['response-code'] === 1009) {
      return give({ 'response-code': 1008, 'response-description': 'No Delivery Report' })
    }
  }
  return answer
})

const apis = useUnusableApis()

async function drift(argv: string[], env: Record<string, string | undefined>) {
  const captured = captureIo(env)
  const code = await runCli(['drift', ...argv], captured.io)
  // Whatever happened, the user's key was never printed, in any form.
  expect(captured.all()).not.toContain(KEY)
  expect(captured.all()).not.toContain(encodeURIComponent(KEY))
  return {
    code,
    ...captured,
    json: () => JSON.parse(captured.stdout()) as DriftDocument & { error: { message: string } },
  }
}

// No request the upstream received could have sent: every request to a path that is not
// getbalance or getdlr and carries the user's key has no mobile with a digit in it.
function expectNothingSendable(requests: readonly StandInRequest[]) {
  const reads: string[] = [ENDPOINTS.getbalance.path, ENDPOINTS.getdlr.path]
  const checked = requests.filter(
    (request) =>
      !reads.includes(request.path.replace(/\/$/, '')) &&
      `${request.query} ${request.body}`.includes(KEY),
  )
  expect(checked.length).toBeGreaterThan(0)
  for (const request of checked) {
    expect(request.query.get('mobile') ?? '').not.toMatch(/\d/)
    expect(request.body).not.toMatch(/"mobile"\s*:\s*("[^"]*\d|\d)/)
  }
}

describe('sendsms drift', () => {
  it('reports no difference and exits 0 against an upstream that answers as the mock does', async () => {
    const run = await drift([], same.env())
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toBe(
      `${PROBE_NAMES.length} probes against ${same.url()}: no difference from the mock (built-in)\n`,
    )
    expect(run.stderr()).toBe('')
    // Every probe reached the upstream once, with the user's credentials where it has any.
    expect(same.requests).toHaveLength(PROBE_NAMES.length)
    expect(same.requests.some((request) => request.body.includes(KEY))).toBe(true)
    expect(same.requests.map((r) => r.body).join()).not.toContain(SANDBOX.apiKey)
    expectNothingSendable(same.requests)
  })

  it('prints one JSON document with every probe and no difference', async () => {
    const run = await drift(['--json'], same.env())
    expect(run.code).toBe(EXIT_CODES.ok)
    const document = run.json()
    expect(document).toMatchObject({
      ok: true,
      upstream: same.url(),
      mock: 'built-in',
      differences: [],
      summary: { probes: PROBE_NAMES.length, differing: 0, differences: 0, allowedBySpec: 0 },
    })
    expect(document.probes.map((probe) => probe.name)).toEqual(PROBE_NAMES)
    expect(document.probes[0]).toEqual({
      name: 'getbalance',
      method: 'POST',
      path: ENDPOINTS.getbalance.path,
      mock: { status: 200, contentType: 'application/json' },
      upstream: { status: 200, contentType: 'application/json' },
      differences: 0,
    })
    // No value of the account: neither its partner ID nor its credit.
    expect(run.stdout()).not.toContain(UPSTREAM_ACCOUNT.partnerID)
    expect(run.stdout()).not.toContain('545')
  })

  it('reports each deliberate difference, says which the spec allows, and exits 7', async () => {
    const run = await drift(['--json'], drifting.env())
    expect(run.code).toBe(EXIT_CODES.drift)
    const document = run.json()
    expect(document.ok).toBe(false)
    const found = (probe: string) =>
      document.differences
        .filter((difference) => difference.probe === probe)
        .map(({ probe: _, ...rest }) => rest)
    expect(found('getbalance')).toEqual([
      {
        path: 'body.response-code',
        kind: 'code-key',
        mock: 'response-code',
        upstream: 'respose-code',
        allowedBySpec: true,
      },
      {
        path: 'body.credit',
        kind: 'type',
        mock: 'string',
        upstream: 'integer',
        allowedBySpec: true,
      },
      {
        path: 'body.partner-id',
        kind: 'missing',
        mock: 'string',
        upstream: null,
        allowedBySpec: false,
      },
    ])
    expect(found('getbalance-wrong-key')).toEqual([
      {
        path: 'body.response-code',
        kind: 'type',
        mock: 'integer',
        upstream: 'string',
        allowedBySpec: false,
      },
    ])
    expect(found('sendsms-wrong-key')).toEqual([
      {
        path: 'body.response-description',
        kind: 'description',
        mock: 'Invalid credentials',
        upstream: 'invalid credentials',
        allowedBySpec: false,
      },
    ])
    expect(found('getdlr-unknown-id')).toEqual([
      { path: 'body.response-code', kind: 'code', mock: 1009, upstream: 1008, allowedBySpec: true },
      {
        path: 'body.response-description',
        kind: 'description',
        mock: 'No dlr',
        upstream: 'No Delivery Report',
        allowedBySpec: true,
      },
    ])
    expect(found('getbalance-trailing-slash')).toEqual([
      { path: 'status', kind: 'status', mock: 200, upstream: 404, allowedBySpec: false },
      {
        path: 'content-type',
        kind: 'content-type',
        mock: 'application/json',
        upstream: 'text/html',
        allowedBySpec: false,
      },
      {
        path: 'body',
        kind: 'body',
        mock: 'JSON',
        upstream: 'not JSON (18 bytes)',
        allowedBySpec: false,
      },
    ])
    // The probes the stand-in answers as its mock does differ in nothing.
    expect(found('sendsms-put')).toEqual([])
    expect(found('getbalance-get')).toEqual([])
    // getbalance-array-body is the getbalance request in an array: rewritten alike.
    expect(document.probes.filter((p) => p.differences > 0).map((p) => p.name)).toEqual([
      'getbalance',
      'getbalance-trailing-slash',
      'getbalance-array-body',
      'getbalance-wrong-key',
      'getdlr-unknown-id',
      'sendsms-wrong-key',
    ])
    expect(document.summary).toEqual({
      probes: PROBE_NAMES.length,
      differing: 6,
      differences: 13,
      allowedBySpec: 6,
    })
    expectNothingSendable(drifting.requests)
  })

  it('prints the differences as a table, one row each, with a summary line', async () => {
    const run = await drift(['--only', 'getbalance,sendsms-wrong-key'], drifting.env())
    expect(run.code).toBe(EXIT_CODES.drift)
    expect(run.stdout().split('\n')).toEqual([
      'PROBE              FIELD                      MOCK                   UPSTREAM               SPEC ALLOWS',
      'getbalance         body.response-code         response-code          respose-code           yes',
      'getbalance         body.credit                string                 integer                yes',
      'getbalance         body.partner-id            string                 (absent)               no',
      'sendsms-wrong-key  body.response-description  "Invalid credentials"  "invalid credentials"  no',
      `2 probes against ${drifting.url()}: 4 differences in 2 probes (2 allowed by the spec) from the mock (built-in)`,
      '',
    ])
    expect(drifting.requests).toHaveLength(2)
  })

  it('runs only the probes named by --only, comma-separated or repeated', async () => {
    const run = await drift(
      ['--only', 'getbalance-get', '--only', 'sendsms-put,unknown-path', '--json'],
      same.env(),
    )
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.json().probes.map((probe) => probe.name)).toEqual([
      'getbalance-get',
      'sendsms-put',
      'unknown-path',
    ])
    expect(same.requests.map((request) => request.method)).toEqual(['GET', 'PUT', 'GET'])
  })

  it('compares with a running mock given by --mock-url, which gets only the sandbox key', async () => {
    const log: string[] = []
    const running: RunningMock = await startMockServer({
      port: 0,
      log: (entry) => log.push(JSON.stringify(entry)),
    })
    try {
      const run = await drift(['--mock-url', running.url, '--json'], same.env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(run.json().mock).toBe(running.url)
      expect(log).toHaveLength(PROBE_NAMES.length)
      expect(running.mock.journal.list()).toEqual([])
      expect(log.join()).not.toContain(KEY)
    } finally {
      await running.close()
    }
  })

  it('exits 5 with one JSON error when the upstream is not listening, after one probe', async () => {
    const run = await drift(['--json'], same.env({ ADVANTA_BASE_URL: apis.closed() }))
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toEqual({
      ok: false,
      error: {
        kind: 'ConnectionError',
        message: `could not reach the upstream at ${apis.closed()}: connection failed (ECONNREFUSED)`,
      },
    })
    expect(run.stderr()).toContain('Check --base-url (ADVANTA_BASE_URL)')
  })

  it('exits 5 when the upstream does not answer within --timeout', async () => {
    const run = await drift(['--timeout', '200'], same.env({ ADVANTA_BASE_URL: apis.silent() }))
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.stderr()).toBe(
      `sendsms: could not reach the upstream at ${apis.silent()}: no answer within 200 ms\nCheck --base-url (ADVANTA_BASE_URL) and your network.\n`,
    )
    expect(run.stdout()).toBe('')
  })

  it('exits 5 when the mock given by --mock-url is not listening', async () => {
    const run = await drift(['--mock-url', apis.closed(), '--json'], same.env())
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json().error.message).toBe(
      `could not reach the mock at ${apis.closed()}: connection failed (ECONNREFUSED)`,
    )
  })

  it('reports an upstream that answers but is not the API as differences, not as unreachable', async () => {
    const run = await drift(
      ['--only', 'getbalance', '--json'],
      same.env({ ADVANTA_BASE_URL: apis.garbage() }),
    )
    expect(run.code).toBe(EXIT_CODES.drift)
    expect(run.json().differences.map((d) => d.kind)).toEqual(['status', 'content-type', 'body'])
  })

  it.each([
    ['ADVANTA_API_KEY', 'apiKey', 'no API key: set --api-key or ADVANTA_API_KEY; nothing was sent'],
    [
      'ADVANTA_PARTNER_ID',
      'partnerId',
      'no partner ID: set --partner-id or ADVANTA_PARTNER_ID; nothing was sent',
    ],
    [
      'ADVANTA_SHORTCODE',
      'shortcode',
      'no sender ID (shortcode): set --shortcode or ADVANTA_SHORTCODE; nothing was sent',
    ],
  ])('refuses to run without %s (exit 2) and sends nothing', async (variable, field, message) => {
    const run = await drift(['--json'], same.env({ [variable]: undefined }))
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toEqual({
      ok: false,
      error: { kind: 'InvalidRequestError', field, message },
    })
    expect(run.stderr()).toBe(
      `sendsms: ${message}\nRun 'sendsms help drift' for the connection flags.\n`,
    )
    expect(same.requests).toEqual([])
  })

  it.each([
    [['--only', 'getbalance,nosuch'], "--only: no probe named 'nosuch'"],
    [['--bogus'], "Unknown option '--bogus'"],
    [
      ['--base-url', 'ftp://127.0.0.1'],
      '--base-url (ADVANTA_BASE_URL) must be an http or https URL',
    ],
    [['--mock-url', 'not a url'], '--mock-url must be an http or https URL'],
  ])('refuses %j as bad usage (exit 2) and sends nothing', async (argv, message) => {
    const run = await drift(argv, same.env())
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr()).toContain(message)
    expect(same.requests).toEqual([])
  })

  it('sends under the base URL with its query, and shows it without query or final slash', async () => {
    const run = await drift(
      ['--base-url', `${same.url()}/?token=abc`, '--only', 'getbalance-get', '--json'],
      same.env(),
    )
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.json().upstream).toBe(same.url())
    expect(run.stdout()).not.toContain('token')
    expect(same.requests.map((request) => [request.path, request.query.get('token')])).toEqual([
      [ENDPOINTS.getbalance.path, 'abc'],
    ])
  })

  it('names every probe in the advice after an unknown --only', async () => {
    const run = await drift(['--only', 'nosuch,other', '--json'], same.env())
    expect(run.json()).toEqual({
      ok: false,
      error: { kind: 'UsageError', message: "--only: no probe named 'nosuch', 'other'" },
    })
    expect(run.stderr()).toContain(`The probes: ${PROBE_NAMES.join(', ')} ('sendsms drift --list'`)
  })

  it('lists the probes and why each is free with --list, sending nothing and needing no key', async () => {
    const run = await drift(['--list'], {})
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toContain('sendsms-put')
    expect(run.stdout()).toContain('free: PUT is not a method of sendsms')
    const lines = run.stdout().split('\n')
    expect(lines[0]).toBe(
      'getbalance                    the credit, with the right credentials (POST JSON)',
    )
    expect(lines[1]).toBe(
      `${' '.repeat(30)}free: getbalance only reads the credit: it sends nothing and costs nothing.`,
    )
    expect(lines).toHaveLength(PROBE_NAMES.length * 2 + 1)
    const listed = await drift(['--list', '--json', '--only', 'getbalance'], {})
    expect(listed.json()).toEqual({
      ok: true,
      probes: [
        {
          name: 'getbalance',
          asks: 'the credit, with the right credentials (POST JSON)',
          free: 'getbalance only reads the credit: it sends nothing and costs nothing.',
        },
      ],
    })
    expect(same.requests).toEqual([])
  })

  it('prints its help with --help and through sendsms help drift', async () => {
    const run = await drift(['--help'], {})
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toMatch(/^Usage: sendsms drift \[options\]/)
    for (const name of PROBE_NAMES) expect(run.stdout()).toContain(name)
    const captured = captureIo()
    expect(await runCli(['help', 'drift'], captured.io)).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toBe(run.stdout())
  })

  it('never prints the key, given as a flag, when the upstream echoes it back', async () => {
    const env = same.env({ ADVANTA_API_KEY: undefined })
    const run = await drift(['--api-key', KEY, '--json', '--base-url', echoing.url()], env)
    expect(run.code).toBe(EXIT_CODES.drift)
    const differences = run.json().differences
    expect(differences).toContainEqual({
      probe: 'getbalance-no-partner-id',
      path: 'body.response-description',
      kind: 'description',
      mock: 'No Partner ID is Set',
      upstream: 'No Partner ID is Set for key [redacted]',
      allowedBySpec: false,
    })
    expect(differences).toContainEqual(
      expect.objectContaining({
        probe: 'getbalance',
        path: 'body.apikey',
        kind: 'extra',
        upstream: 'string',
      }),
    )
    expect(echoing.requests.length).toBeGreaterThan(0)
  })
})

// An upstream that echoes the key it was given: in an extra field, and in a description.
const echoing = useStandInUpstream((request, answer) => {
  const params = paramsOf(request)
  if (params.apikey === undefined || !answer.contentType.includes('json')) return answer
  const body = JSON.parse(answer.body) as Record<string, unknown>
  if (body['response-code'] === 4091) {
    body['response-description'] = `No Partner ID is Set for key ${String(params.apikey)}`
  } else body.apikey = params.apikey
  return { ...answer, body: JSON.stringify(body) }
})
