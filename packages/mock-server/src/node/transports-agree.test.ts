/**
 * @module
 * The odd requests: every way in (in-process, socket with the fast path, socket through
 * Hono) answers them byte for byte alike, and journals alike, on every endpoint. The
 * decision tables themselves run every way in endpoints/*.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES, MAX_QUERY_BYTES } from '../provider/limits.js'
import {
  bulkItem,
  bulkRequest,
  CREDENTIALS,
  pathOf,
  requestTo,
  sha256,
} from '../test-support/endpoint-requests.js'
import { paramsWith, SEND_PATH, sendRequest, VALID_PARAMS } from '../test-support/requests.js'
import {
  answerEveryWay,
  closeWaysIn,
  openWaysIn,
  type RawRequest,
  sendRaw,
  type WayIn,
} from '../test-support/ways-in.js'

let ways: WayIn[]
beforeAll(async () => {
  ways = await openWaysIn({ now: () => new Date('2030-01-01T08:00:00Z') })
})
afterAll(() => closeWaysIn(ways))

const JSON_TYPE: [string, string] = ['content-type', 'application/json']
const valid = new URLSearchParams(VALID_PARAMS as Record<string, string>).toString()
const body = JSON.stringify(VALID_PARAMS)
const codeOf = (text: string) => {
  const parsed = JSON.parse(text) as Record<string, unknown>
  const rows = parsed.responses as Record<string, unknown>[] | undefined
  return rows ? rows.map((r) => r['response-code']) : parsed['response-code']
}

const queries: [string, string][] = [
  ['one number', `${SEND_PATH}?${valid}`],
  ['the trailing-slash path', `${SEND_PATH}/?${valid}`],
  ['no query at all', SEND_PATH],
  ['an empty query', `${SEND_PATH}?`],
  ['a message with + and %20 for spaces', `${SEND_PATH}?${valid}&message=Hello+from%20GET`],
  ['a message with an encoded plus and comma', `${SEND_PATH}?${valid}&message=1%2B1%2C2`],
  ['a malformed percent escape', `${SEND_PATH}?${valid}&message=50%25%E0%A4%A`],
  ['a repeated key (the first wins)', `${SEND_PATH}?mobile=0733123456&${valid}`],
  ['a key with no value', `${SEND_PATH}?${valid}&apikey`],
  ['an empty value', `${SEND_PATH}?${valid.replace('apikey=sandbox-api-key', 'apikey=')}`],
  ['several numbers', `${SEND_PATH}?${valid}&mobile=0712345678%2C%2B255712345678,07`],
  ['a scheduled send', `${SEND_PATH}?${valid}&timeToSend=2030-09-01%2018:00`],
  ['an encoded key name', `${SEND_PATH}?${valid.replace('apikey', 'api%6Bey')}`],
  ['a raw quote and a raw pipe', `${SEND_PATH}?${valid}&message='a|b'`],
  ['a fragment', `${SEND_PATH}?${valid}#&apikey=other`],
]

describe('GET queries', () => {
  it.each(queries)('%s', async (_name, target) => {
    const answer = await answerEveryWay(ways, { method: 'GET', target })
    expect(answer.status).toBe(200)
  })
})

const odd: [string, RawRequest, unknown][] = [
  [
    'a POST whose query and body both carry parameters (the body wins)',
    { ...sendRequest('POST', VALID_PARAMS), target: `${SEND_PATH}?apikey=wrong&message=Q` },
    [200],
  ],
  [
    'two Content-Type headers, JSON then text (unreadable, as the Headers API joins them)',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [JSON_TYPE, ['content-type', 'text/plain']],
      body,
    },
    1009,
  ],
  [
    'a byte order mark before the JSON',
    { method: 'POST', target: SEND_PATH, headers: [JSON_TYPE], body: `\uFEFF${body}` },
    [200],
  ],
  [
    'JSON with a charset and odd case in its type',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [['Content-Type', 'Application/JSON; charset=UTF-8']],
      body,
    },
    [200],
  ],
  [
    'a form body',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: valid,
    },
    [200],
  ],
  [
    'a multipart body',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [['content-type', 'multipart/form-data; boundary=XyZ']],
      body: `${Object.entries(VALID_PARAMS)
        .map(([k, v]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('')}--XyZ--\r\n`,
    },
    [200],
  ],
  [
    'a broken multipart body',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [['content-type', 'multipart/form-data; boundary=XyZ']],
      body: '--nope',
    },
    1009,
  ],
  [
    'a JSON body in 1-byte chunks',
    { method: 'POST', target: SEND_PATH, headers: [JSON_TYPE], body, chunkBytes: 1 },
    [200],
  ],
  [
    'a chunked body over the limit, in 64 KiB chunks',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [JSON_TYPE],
      body: ' '.repeat(MAX_BODY_BYTES + 1),
      chunkBytes: 64 * 1024,
    },
    1009,
  ],
  [
    'a declared body over the limit',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [JSON_TYPE],
      body: ' '.repeat(MAX_BODY_BYTES + 1),
    },
    1009,
  ],
  [
    'a body exactly at the limit',
    {
      method: 'POST',
      target: SEND_PATH,
      headers: [JSON_TYPE],
      body: body.padEnd(MAX_BODY_BYTES, ' '),
    },
    [200],
  ],
  [
    'a GET of 1,500 numbers (20 KB): the provider counts them',
    sendRequest(
      'GET',
      paramsWith({ mobile: Array.from({ length: 1500 }, () => '254712345678').join(',') }),
    ),
    1104,
  ],
  [
    'a GET whose query is over the limit',
    sendRequest('GET', paramsWith({ message: 'x'.repeat(MAX_QUERY_BYTES) })),
    1009,
  ],
]

describe('odd requests', () => {
  it.each(odd)('%s', async (_name, request, code) => {
    const answer = await answerEveryWay(ways, request)
    expect(answer.status).toBe(200)
    expect(codeOf(answer.body)).toEqual(code)
  })
})

const HASH = sha256('254712345678')
const bulkBody = JSON.stringify({ count: 2, smslist: [bulkItem(), bulkItem({ mobile: '07' })] })
const multipart = (fields: Record<string, unknown>) =>
  `${Object.entries(fields)
    .map(([k, v]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('')}--XyZ--\r\n`

const otherEndpoints: [string, RawRequest, unknown][] = [
  [
    'a hashed sendotp in a GET query, hashes with an encoded comma',
    {
      method: 'GET',
      target: `${pathOf('sendotp')}?mobile=${HASH}%2C${HASH.toUpperCase()}&${new URLSearchParams({ ...VALID_PARAMS, hashed: 'TRUE' })}`,
    },
    [200, 200],
  ],
  [
    'a hashed sendotp as a form body',
    requestTo(pathOf('sendotp'), 'POST', { ...VALID_PARAMS, mobile: HASH, hashed: 'true' }, 'form'),
    [200],
  ],
  [
    'a hashed sendotp as a multipart body',
    {
      method: 'POST',
      target: `${pathOf('sendotp')}/`,
      headers: [['content-type', 'multipart/form-data; boundary=XyZ']],
      body: multipart({ ...VALID_PARAMS, mobile: HASH, hashed: 'true' }),
    },
    [200],
  ],
  [
    'a sendotp as a JSON array holding one object, hashed a JSON boolean',
    {
      method: 'POST',
      target: pathOf('sendotp'),
      headers: [JSON_TYPE],
      body: JSON.stringify([{ ...VALID_PARAMS, mobile: HASH, hashed: true }]),
    },
    [200],
  ],
  [
    'a sendotp whose hashed flag is an object',
    requestTo(pathOf('sendotp'), 'POST', { ...VALID_PARAMS, hashed: { on: true } }),
    1009,
  ],
  [
    'a getbalance with the shortcode clients send, and a repeated key',
    {
      method: 'GET',
      target: `${pathOf('getbalance')}?partnerID=12345&${new URLSearchParams({ ...CREDENTIALS, shortcode: 'X' })}`,
    },
    200,
  ],
  [
    'a getbalance as a multipart body',
    {
      method: 'POST',
      target: pathOf('getbalance'),
      headers: [['content-type', 'multipart/form-data; boundary=XyZ']],
      body: multipart(CREDENTIALS),
    },
    200,
  ],
  ['a getbalance with an empty JSON object', requestTo(pathOf('getbalance'), 'POST', {}), 4092],
  [
    'a sendbulk body in 1-byte chunks',
    {
      method: 'POST',
      target: pathOf('sendbulk'),
      headers: [JSON_TYPE],
      body: bulkBody,
      chunkBytes: 1,
    },
    [200, 1003],
  ],
  [
    'a sendbulk as a JSON array holding one object',
    {
      method: 'POST',
      target: `${pathOf('sendbulk')}/`,
      headers: [JSON_TYPE],
      body: `[${bulkBody}]`,
    },
    [200, 1003],
  ],
  [
    'a sendbulk with a byte order mark and a charset',
    {
      method: 'POST',
      target: pathOf('sendbulk'),
      headers: [['content-type', 'application/json; charset=utf-8']],
      body: `\uFEFF${bulkBody}`,
    },
    [200, 1003],
  ],
  [
    'a sendbulk whose list is a form field',
    requestTo(pathOf('sendbulk'), 'POST', { smslist: bulkBody }, 'form'),
    1009,
  ],
  [
    'a sendbulk whose count is a boolean',
    {
      method: 'POST',
      target: pathOf('sendbulk'),
      headers: [JSON_TYPE],
      body: JSON.stringify({ count: true, smslist: [bulkItem()] }),
    },
    1009,
  ],
  [
    'a sendbulk over the body limit',
    bulkRequest([bulkItem({ message: 'x'.repeat(MAX_BODY_BYTES) })]),
    1009,
  ],
  ['a sendbulk of 1001 items', bulkRequest(Array.from({ length: 1001 }, () => bulkItem())), 1012],
  ['a GET of sendbulk', { method: 'GET', target: `${pathOf('sendbulk')}/?count=1` }, 1010],
]

describe('odd requests to the other endpoints', () => {
  it.each(otherEndpoints)('%s', async (_name, request, code) => {
    const answer = await answerEveryWay(ways, request)
    expect(answer.status).toBe(200)
    expect(codeOf(answer.body)).toEqual(code)
  })
})

describe('what only a socket can send', () => {
  const sockets = () => ways.filter((way) => way.running !== undefined)

  it('serves a provider request with a Host header that is not a host, on both paths', async () => {
    for (const way of sockets()) {
      way.mock.reset()
      const answer = await way.send({
        ...sendRequest('POST', VALID_PARAMS),
        headers: [JSON_TYPE, ['Host', '127.0.0.1:99999']],
      })
      expect(codeOf(answer.body), way.name).toEqual([200])
    }
  })

  it('refuses that Host on the control endpoints, on both paths', async () => {
    for (const way of sockets()) {
      const answer = await way.send({
        method: 'GET',
        target: '/__mock/messages',
        headers: [['Host', 'ex ample']],
      })
      expect(answer.status, way.name).toBe(403)
    }
  })

  it('reads a GET as a GET even when it carries a body', async () => {
    for (const way of sockets()) {
      way.mock.reset()
      const request = {
        method: 'GET',
        target: `${SEND_PATH}?${valid}`,
        headers: [JSON_TYPE],
        body: '{"mobile":"07"}',
      }
      expect(codeOf((await way.send(request as RawRequest)).body), way.name).toEqual([200])
    }
  })

  it('answers a request head over the server limit with a JSON 431, never an empty one', async () => {
    const huge = 'x'.repeat(MAX_QUERY_BYTES + 64 * 1024)
    for (const way of sockets()) {
      for (const target of [
        `${SEND_PATH}?message=${huge}`,
        `/ns/big${SEND_PATH}?message=${huge}`,
        `/__mock/messages?x=${huge}`,
      ]) {
        const answer = await sendRaw(way.running?.port ?? 0, { method: 'GET', target })
        expect([answer.status, codeOf(answer.body)], way.name).toSatisfy(
          ([status, code]: [number, unknown]) =>
            (status === 431 && code === undefined) || (status === 200 && code === 1009),
        )
      }
    }
  })
})
