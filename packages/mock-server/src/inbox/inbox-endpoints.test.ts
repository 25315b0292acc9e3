/**
 * @module
 * The inbox over HTTP: the page and its files (every way in, the guard, caching), and the
 * JSON it reads: conversations grouped by recipient, newest first, searched and filtered,
 * paged; one conversation with its encoding, parts, request and callback attempts; at the
 * root and under namespaces. Each JSON answer is validated against the control document.
 */
import { validateControlAnswer } from '@sendsms/spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { type RunningMock, startMockServer } from '../node/start-mock-server.js'
import type { MockAccount } from '../state/accounts.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'
import { closeWaysIn, openWaysIn, type WayIn } from '../test-support/ways-in.js'
import { INBOX_ASSETS } from './generated/assets.js'
import { INBOX_CSP } from './register-inbox.js'

const START = '2030-01-01T06:00:00.000Z'
const virtual = { clock: { virtual: true, start: START } }

/** An answer as the tests read it: validated against the document first. */
// biome-ignore lint/suspicious/noExplicitAny: the document's validator has checked its shape.
type Json = any

async function getJson(mock: Mock, path: string, operation: string, status = 200): Promise<Json> {
  const res = await mock.app.request(path)
  const body = (await res.json()) as Record<string, unknown>
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(validateControlAnswer(operation, status, body)).toEqual({ valid: true, errors: [] })
  return body
}

const sendTo = (mock: Mock, mobile: string, message = 'Hi', prefix = '') =>
  send(mock, 'POST', paramsWith({ mobile, message }), `${prefix}${SEND_PATH}`)

const rowsOf = (page: Json) =>
  (page.conversations as { recipient: string; count: number }[]).map(
    (row) => `${row.recipient}:${row.count}`,
  )

describe('the inbox page, every way in', () => {
  let ways: WayIn[]
  beforeAll(async () => {
    ways = await openWaysIn()
  })
  afterAll(() => closeWaysIn(ways))

  it.each(['/__mock/inbox', '/__mock/inbox/'])(
    'GET %s is the page, with a strict CSP, nosniff and an ETag',
    async (target) => {
      for (const way of ways) {
        const answer = await way.send({ method: 'GET', target })
        expect(answer.status, way.name).toBe(200)
        expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
        expect(answer.headers['content-security-policy']).toBe(INBOX_CSP)
        expect(answer.headers['x-content-type-options']).toBe('nosniff')
        expect(answer.headers.etag).toBe(INBOX_ASSETS.html.etag)
        expect(answer.body).toContain('<script src="/__mock/inbox/inbox.js" defer></script>')
        expect(answer.body).not.toContain('%BASE%')
      }
    },
  )

  it.each([
    ['/__mock/inbox/inbox.css', 'text/css; charset=utf-8', INBOX_ASSETS.css],
    ['/__mock/inbox/inbox.js', 'text/javascript; charset=utf-8', INBOX_ASSETS.js],
  ])('GET %s is its file, and a 304 for the ETag held', async (target, type, asset) => {
    for (const way of ways) {
      const answer = await way.send({ method: 'GET', target })
      expect([answer.status, answer.headers['content-type'], answer.body], way.name).toEqual([
        200,
        type,
        asset.text,
      ])
      const again = await way.send({
        method: 'GET',
        target,
        headers: [['if-none-match', asset.etag]],
      })
      expect([again.status, again.body]).toEqual([304, ''])
    }
  })

  it('answers a program that asks for JSON with where the inbox is', async () => {
    for (const way of ways) {
      for (const [prefix, namespace] of [
        ['', null],
        ['/ns/ci-1', 'ci-1'],
      ] as const) {
        const answer = await way.send({
          method: 'GET',
          target: `${prefix}/__mock/inbox`,
          headers: [['accept', 'application/json']],
        })
        const body = JSON.parse(answer.body)
        expect(body, way.name).toEqual({
          inbox: {
            page: `${prefix}/__mock/inbox`,
            conversations: `${prefix}/__mock/inbox/conversations`,
            events: `${prefix}/__mock/events`,
            namespace,
          },
        })
        expect(validateControlAnswer('getInbox', 200, body)).toEqual({ valid: true, errors: [] })
      }
    }
  })

  it('answers only GET for the page and its files', async () => {
    for (const way of ways) {
      for (const target of ['/__mock/inbox', '/__mock/inbox/', '/__mock/inbox/inbox.js']) {
        const answer = await way.send({ method: 'POST', target })
        expect([answer.status, JSON.parse(answer.body).error], `${way.name} ${target}`).toEqual([
          404,
          'not_found',
        ])
      }
    }
  })

  it('is served under a namespace, its paths under the prefix', async () => {
    for (const way of ways) {
      const answer = await way.send({ method: 'GET', target: '/ns/ci-1/__mock/inbox' })
      expect(answer.status, way.name).toBe(200)
      expect(answer.body).toContain('data-base="/ns/ci-1/__mock"')
      expect(answer.body).toContain('href="/ns/ci-1/__mock/inbox/inbox.css"')
    }
  })

  it('answers a browser navigation (no Origin) and refuses a foreign Host or Origin', async () => {
    for (const way of ways) {
      const navigation = await way.send({
        method: 'GET',
        target: '/__mock/inbox',
        headers: [['host', 'localhost:4010']],
      })
      expect(navigation.status, way.name).toBe(200)
      const host = await way.send({
        method: 'GET',
        target: '/__mock/inbox',
        headers: [['host', 'mock.example.com']],
      })
      expect([host.status, JSON.parse(host.body).error]).toEqual([403, 'forbidden_host'])
      const origin = await way.send({
        method: 'GET',
        target: '/__mock/inbox/conversations',
        headers: [['origin', 'https://evil.example']],
      })
      expect([origin.status, JSON.parse(origin.body).error]).toEqual([403, 'forbidden_origin'])
    }
  })

  it('embeds the files as they are in assets/ (no build step at run time)', () => {
    expect(INBOX_ASSETS.js.text).toContain('textContent')
    expect(INBOX_ASSETS.js.text).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/,
    )
    expect(INBOX_ASSETS.html.text).not.toMatch(/<script>|style=|https?:\/\//)
  })
})

describe('GET /__mock/inbox/conversations', () => {
  it('groups by recipient, newest first, with the last message and its status', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712345678', 'Your code is 4321')
    await sendTo(mock, '0733123456', 'Hello')
    await sendTo(mock, '+254 712 345 678', 'Your code is 9876')
    const page = await getJson(mock, '/__mock/inbox/conversations', 'listConversations')
    expect(rowsOf(page)).toEqual(['254712345678:2', '254733123456:1'])
    const [row] = page.conversations
    expect(row).toMatchObject({
      namespace: null,
      last: {
        messageId: '100000003',
        shortcode: 'SANDBOX',
        preview: 'Your code is 9876',
        delivery: { description: 'SentToNetwork', final: false },
      },
    })
    expect(page).toMatchObject({
      held: 3,
      next: null,
      partial: false,
      clock: { now: START, virtual: true },
    })
    await mock.close()
  })

  it('shows each status as the clock moves it', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712345678')
    await sendTo(mock, '0700000002')
    const statuses = async () =>
      (await getJson(mock, '/__mock/inbox/conversations', 'listConversations')).conversations.map(
        (row: Json) => row.last.delivery.description,
      )
    expect(await statuses()).toEqual(['SentToNetwork', 'SentToNetwork'])
    await mock.clock.advance('1m')
    expect(await statuses()).toEqual(['SentToNetwork', 'DeliveredToTerminal'])
    await mock.clock.advance('1d')
    expect(await statuses()).toEqual(['AbsentSubscriber', 'DeliveredToTerminal'])
    await mock.close()
  })

  it('searches by number in any form, and by text in any case', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712345678', 'Your OTP is 1111')
    await sendTo(mock, '0733123456', 'Welcome aboard')
    await sendTo(mock, '0712999000', 'Your otp is 2222')
    const search = async (q: string) =>
      rowsOf(
        await getJson(
          mock,
          `/__mock/inbox/conversations?q=${encodeURIComponent(q)}`,
          'listConversations',
        ),
      )
    expect(await search('0712')).toEqual(['254712999000:1', '254712345678:1'])
    expect(await search('+254 733')).toEqual(['254733123456:1'])
    expect(await search('345678')).toEqual(['254712345678:1'])
    expect(await search('OTP')).toEqual(['254712999000:1', '254712345678:1'])
    expect(await search('aBoArD')).toEqual(['254733123456:1'])
    expect(await search('nothing like it')).toEqual([])
    // Markup and pattern characters are text like any other.
    expect(await search('.*')).toEqual([])
    await mock.close()
  })

  it('filters by the status of the newest message', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712345678')
    await sendTo(mock, '0700000002')
    await mock.clock.advance('1m')
    const only = async (status: string) =>
      rowsOf(
        await getJson(
          mock,
          `/__mock/inbox/conversations?status=${encodeURIComponent(status)}`,
          'listConversations',
        ),
      )
    expect(await only('DeliveredToTerminal')).toEqual(['254712345678:1'])
    expect(await only('SentToNetwork')).toEqual(['254700000002:1'])
    expect(await only('Unknown')).toEqual([])
    await mock.close()
  })

  it('pages with before, each row once', async () => {
    const mock = createMock(virtual)
    for (let i = 1; i <= 5; i++) await sendTo(mock, `07120000${String(i).padStart(2, '0')}`)
    const first = await getJson(mock, '/__mock/inbox/conversations?limit=2', 'listConversations')
    expect(rowsOf(first)).toEqual(['254712000005:1', '254712000004:1'])
    const second = await getJson(
      mock,
      `/__mock/inbox/conversations?limit=2&before=${first.next}`,
      'listConversations',
    )
    expect(rowsOf(second)).toEqual(['254712000003:1', '254712000002:1'])
    const third = await getJson(
      mock,
      `/__mock/inbox/conversations?limit=2&before=${second.next}`,
      'listConversations',
    )
    expect(rowsOf(third)).toEqual(['254712000001:1'])
    expect(third.next).toBeNull()
    await mock.close()
  })

  it.each([
    ['limit=0', 'limit must be a whole number from 1 to 200'],
    ['limit=201', 'limit must be a whole number from 1 to 200'],
    ['before=x', 'before must be a whole number'],
    ['status=Delivered', 'status must be one of Scheduled'],
    [`q=${'x'.repeat(201)}`, 'q must be at most 200 characters'],
  ])('answers ?%s with 400 bad_request', async (query, message) => {
    const mock = createMock()
    const body = await getJson(
      mock,
      `/__mock/inbox/conversations?${query}`,
      'listConversations',
      400,
    )
    expect(body.message).toContain(message)
  })

  it('orders the conversations sent before the inbox was first opened by when each was journaled', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712000001', 'first')
    await sendTo(mock, '0712000002', 'job', '/ns/ci-1')
    await sendTo(mock, '0712000001', 'again')
    const order = async () =>
      (await getJson(mock, '/__mock/inbox/conversations', 'listConversations')).conversations.map(
        (row: Json) => [row.namespace, row.recipient],
      )
    expect(await order()).toEqual([
      [null, '254712000001'],
      ['ci-1', '254712000002'],
    ])
    await sendTo(mock, '0712000002', 'later', '/ns/ci-1')
    expect(await order()).toEqual([
      ['ci-1', '254712000002'],
      [null, '254712000001'],
    ])
  })

  it('counts its index against the journal budget once the inbox is opened, not before', async () => {
    const mock = createMock({ ...virtual, journalBytes: 20_000 })
    for (let i = 0; i < 50; i++)
      await sendTo(mock, `07120000${String(i).padStart(2, '0')}`, `m${i}`)
    const held = async () => (await getJson(mock, '/__mock/health', 'health')).messages
    expect(await held()).toBe(50)
    await getJson(mock, '/__mock/inbox/conversations', 'listConversations')
    const after = await held()
    expect(after).toBeLessThan(50)
    expect(after).toBeGreaterThan(0)
  })

  it('shows the root and every live namespace at the root, or one of them', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712000001', 'root')
    await sendTo(mock, '0712000002', 'job', '/ns/ci-1')
    await sendTo(mock, '0712000003', 'other', '/ns/ci-2')
    const all = await getJson(mock, '/__mock/inbox/conversations', 'listConversations')
    expect(all.conversations.map((row: Json) => [row.namespace, row.recipient])).toEqual([
      ['ci-2', '254712000003'],
      ['ci-1', '254712000002'],
      [null, '254712000001'],
    ])
    expect(all.namespaces).toEqual(['ci-1', 'ci-2'])
    const root = await getJson(mock, '/__mock/inbox/conversations?namespace=.', 'listConversations')
    expect(rowsOf(root)).toEqual(['254712000001:1'])
    const one = await getJson(
      mock,
      '/__mock/inbox/conversations?namespace=ci-1',
      'listConversations',
    )
    expect(one.conversations.map((row: Json) => row.namespace)).toEqual(['ci-1'])
    const none = await getJson(
      mock,
      '/__mock/inbox/conversations?namespace=ci-9',
      'listConversations',
    )
    expect(none.conversations).toEqual([])
    expect(mock.namespaces.find('ci-9')).toBeUndefined()
    // A namespace's own inbox is that namespace only.
    const inside = await getJson(mock, '/ns/ci-1/__mock/inbox/conversations', 'listConversations')
    expect(inside.conversations.map((row: Json) => [row.namespace, row.recipient])).toEqual([
      ['ci-1', '254712000002'],
    ])
    expect(inside.namespaces).toEqual([])
    await mock.close()
  })

  it('is empty after a reset, and its rows go with the journal', async () => {
    const mock = createMock({ ...virtual, journalLimit: 2 })
    await sendTo(mock, '0712000001')
    await sendTo(mock, '0712000002')
    await sendTo(mock, '0712000003')
    expect(rowsOf(await getJson(mock, '/__mock/inbox/conversations', 'listConversations'))).toEqual(
      ['254712000003:1', '254712000002:1'],
    )
    await mock.app.request('/__mock/reset', { method: 'POST' })
    const page = await getJson(mock, '/__mock/inbox/conversations', 'listConversations')
    expect([page.conversations, page.held]).toEqual([[], 0])
  })
})

describe('GET /__mock/inbox/conversations/{recipient}', () => {
  let server: RunningMock
  beforeAll(async () => {
    server = await startMockServer({ port: 0, ...virtual })
  })
  afterAll(() => server.close())

  it('lists its messages newest first, with encoding, parts, request and no key', async () => {
    const { mock } = server
    mock.reset()
    await sendTo(mock, '0712345678', 'a'.repeat(161))
    await sendTo(mock, '0712345678', 'Habari 😀 ü')
    const view = await getJson(mock, '/__mock/inbox/conversations/0712345678', 'getConversation')
    expect(view).toMatchObject({ namespace: null, recipient: '254712345678', count: 2, older: 0 })
    const [emoji, long] = view.messages
    expect(emoji).toMatchObject({
      messageId: '100000002',
      shortcode: 'SANDBOX',
      text: 'Habari 😀 ü',
      encoding: { encoding: 'UCS-2', parts: 1, nonGsm: ['😀'] },
      partTexts: ['Habari 😀 ü'],
      request: { seq: 2, endpoint: 'sendsms', method: 'POST', status: 200, code: 200 },
    })
    expect(long.encoding).toMatchObject({ encoding: 'GSM-7', parts: 2, perPart: 153 })
    expect(long.partTexts.map((part: string) => part.length)).toEqual([153, 8])
    expect(emoji.request.params).toMatchObject({ mobile: '0712345678', shortcode: 'SANDBOX' })
    expect(emoji.request.params).not.toHaveProperty('apikey')
    expect(JSON.stringify(view)).not.toContain('sandbox-api-key')
  })

  it('shows its callback attempts', async () => {
    const { mock } = server
    mock.reset()
    // The mock's own health endpoint answers the POST 404: an attempt to retry.
    mock.accounts.upsert({
      ...(mock.accounts.get('12345') as MockAccount),
      callbackUrl: `${server.url}/__mock/health`,
    })
    await sendTo(mock, '0712345678')
    await mock.clock.advance('1m')
    const view = await getJson(mock, '/__mock/inbox/conversations/254712345678', 'getConversation')
    const [first, ...retries] = view.messages[0].callbacks
    expect(first).toMatchObject({
      messageId: '100000001',
      attempt: 1,
      status: 404,
      result: 'retrying',
    })
    expect(retries.map((attempt: Json) => attempt.attempt)).toEqual([2, 3])
    expect(view.messages[0].delivery).toMatchObject({
      description: 'DeliveredToTerminal',
      nextAt: null,
    })
    mock.reset()
  })

  it('finds one in a namespace from the root, and none elsewhere', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712000002', 'job', '/ns/ci-1')
    const view = await getJson(
      mock,
      '/__mock/inbox/conversations/0712000002?namespace=ci-1',
      'getConversation',
    )
    expect(view).toMatchObject({ namespace: 'ci-1', count: 1 })
    await getJson(mock, '/__mock/inbox/conversations/0712000002', 'getConversation', 404)
    await getJson(mock, '/__mock/inbox/conversations/0799999999', 'getConversation', 404)
    await getJson(mock, '/ns/ci-1/__mock/inbox/conversations/0712000002', 'getConversation')
    await getJson(mock, '/__mock/inbox/conversations/0712000002?limit=101', 'getConversation', 400)
    await mock.close()
  })

  it('cuts a very long text, says how long it was, and shows its first parts', async () => {
    const mock = createMock(virtual)
    await sendTo(mock, '0712345678', 'x'.repeat(100_000))
    const view = await getJson(mock, '/__mock/inbox/conversations/0712345678', 'getConversation')
    const [message] = view.messages
    expect([message.text.length, message.length, message.truncated]).toEqual([
      20_000,
      100_000,
      true,
    ])
    expect(message.encoding.parts).toBe(654)
    expect(message.partTexts).toHaveLength(40)
    await mock.close()
  })
})
