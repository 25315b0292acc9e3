/**
 * @module
 * `/__mock/namespaces` and a namespace's own control endpoints: the listing (never a
 * key), one namespace, dropping one (from the root or from inside it, which never makes
 * it), bad names, the control guard, and paging under the prefix.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createMock, type Mock, type MockOptions } from '../create-mock.js'
import { paramsWith, SEND_PATH, send } from '../test-support/requests.js'

const T0 = Date.parse('2030-01-01T06:00:00.000Z')
const SECRET = 'namespace-secret-key-7c1e'

// Every mock made is closed after its test, with its namespaces and their sweep timer.
const made: Mock[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((mock) => mock.close()))
})

function timedMock(options: MockOptions = {}) {
  const time = { at: T0 }
  const mock = createMock({ now: () => new Date(time.at), ...options })
  made.push(mock)
  return { mock, time }
}

async function call(mock: Mock, method: string, path: string, init: RequestInit = {}) {
  const res = await mock.app.request(path, { method, ...init })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GET /__mock/namespaces', () => {
  it('lists each namespace with its times and messages, the bounds and the counts', async () => {
    const { mock, time } = timedMock({ namespaceLimit: 2, namespaceIdleMs: 1000 })
    await send(mock, 'GET', paramsWith({ mobile: '0712345678,0733123456' }), `/ns/a${SEND_PATH}`)
    time.at += 500
    await call(mock, 'GET', '/ns/b/__mock/health')
    await call(mock, 'GET', '/ns/c/__mock/health')
    expect(await call(mock, 'GET', '/__mock/namespaces')).toEqual({
      status: 200,
      body: {
        namespaces: [
          {
            name: 'a',
            createdAt: '2030-01-01T06:00:00.000Z',
            lastUsedAt: '2030-01-01T06:00:00.000Z',
            messages: 2,
          },
          {
            name: 'b',
            createdAt: '2030-01-01T06:00:00.500Z',
            lastUsedAt: '2030-01-01T06:00:00.500Z',
            messages: 0,
          },
        ],
        limit: 2,
        idleMs: 1000,
        journalBytes: 65_536,
        expired: 0,
        refused: 1,
      },
    })
    time.at += 500
    const later = await call(mock, 'GET', '/__mock/namespaces')
    expect(later.body).toMatchObject({ namespaces: [{ name: 'b' }], expired: 1 })
  })

  it('never shows an account, so never a key', async () => {
    const account = { partnerID: '555', apikey: SECRET, shortcodes: ['SECRET'], credit: 100 }
    const { mock } = timedMock({ accounts: [account] })
    const params = paramsWith({ apikey: SECRET, partnerID: '555', shortcode: 'SECRET' })
    await send(mock, 'POST', params, `/ns/a${SEND_PATH}`)
    const headers = { 'content-type': 'application/json' }
    const body = JSON.stringify({ partnerID: '556', apikey: `${SECRET}-2`, shortcodes: ['X'] })
    await call(mock, 'POST', '/ns/a/__mock/accounts', { headers, body })
    for (const path of ['/__mock/namespaces', '/__mock/namespaces/a', '/ns/a/__mock/namespace']) {
      const answer = await mock.app.request(path)
      expect(answer.status).toBe(200)
      expect(await answer.text()).not.toContain(SECRET)
    }
    expect(JSON.stringify(mock.namespaces.list())).not.toContain(SECRET)
  })
})

describe('/__mock/namespaces/{name}', () => {
  it('shows one namespace, or 404 when there is none, without making it', async () => {
    const { mock } = timedMock()
    mock.namespaces.get('a')
    expect(await call(mock, 'GET', '/__mock/namespaces/a')).toEqual({
      status: 200,
      body: {
        namespace: {
          name: 'a',
          createdAt: '2030-01-01T06:00:00.000Z',
          lastUsedAt: '2030-01-01T06:00:00.000Z',
          messages: 0,
        },
      },
    })
    expect(await call(mock, 'GET', '/__mock/namespaces/b')).toEqual({
      status: 404,
      body: { error: 'not_found', message: 'There is no namespace of that name.' },
    })
    expect(mock.namespaces.size).toBe(1)
  })

  it('drops a namespace and says whether there was one', async () => {
    const { mock } = timedMock()
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    expect(await call(mock, 'DELETE', '/__mock/namespaces/a')).toEqual({
      status: 200,
      body: { deleted: 1 },
    })
    expect(await call(mock, 'DELETE', '/__mock/namespaces/a')).toEqual({
      status: 200,
      body: { deleted: 0 },
    })
    expect(mock.namespaces.size).toBe(0)
  })

  it.each(['a%20b', '..', 'x'.repeat(65), 'a%2Fb'])('answers 400 for the name %j', async (name) => {
    const { mock } = timedMock()
    for (const method of ['GET', 'DELETE']) {
      const answer = await call(mock, method, `/__mock/namespaces/${name}`)
      expect(answer.status, method).toBe(name === '..' ? 404 : 400)
    }
  })

  it("drops a namespace from inside it (a test's teardown), never making one to drop", async () => {
    const { mock } = timedMock({ namespaceLimit: 1 })
    await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    // At the limit: dropping another that does not exist is not refused, nor makes it.
    expect(await call(mock, 'DELETE', '/ns/b/__mock/namespace')).toEqual({
      status: 200,
      body: { deleted: 0 },
    })
    expect(await call(mock, 'GET', '/ns/a/__mock/namespace')).toMatchObject({
      status: 200,
      body: { namespace: { name: 'a', messages: 1 } },
    })
    expect(await call(mock, 'DELETE', '/ns/a/__mock/namespace/')).toEqual({
      status: 200,
      body: { deleted: 1 },
    })
    expect(mock.namespaces.list()).toEqual([])
    expect(mock.namespaces.refused).toBe(0)
  })
})

describe('the control guard under namespaces', () => {
  it.each([
    ['GET', '/ns/a/__mock/messages'],
    ['POST', '/ns/a/__mock/reset'],
    ['DELETE', '/ns/a/__mock/namespace'],
    ['GET', '/__mock/namespaces'],
    ['DELETE', '/__mock/namespaces/a'],
  ])('refuses %s %s from a foreign Host or Origin', async (method, path) => {
    const { mock } = timedMock()
    mock.namespaces.get('a')
    const host = await call(mock, method, path, { headers: { host: 'evil.example' } })
    expect(host).toMatchObject({ status: 403, body: { error: 'forbidden_host' } })
    const origin = { headers: { origin: 'http://evil.example' } }
    expect(await call(mock, method, path, origin)).toMatchObject({
      status: 403,
      body: { error: 'forbidden_origin' },
    })
    expect(mock.namespaces.list().map((n) => n.name)).toEqual(['a'])
  })

  it('refuses a body that is not JSON', async () => {
    const { mock } = timedMock()
    const init = { headers: { 'content-type': 'text/plain' }, body: '{"code":4090}' }
    const answer = await call(mock, 'POST', '/ns/a/__mock/faults', init)
    expect(answer).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } })
    expect(mock.namespaces.get('a').faults.list()).toEqual([])
  })

  it('lets an allowed host and origin in', async () => {
    const { mock } = timedMock({ allowedHosts: ['mock.test'], cors: ['http://app.test'] })
    const headers = { host: 'mock.test', origin: 'http://app.test' }
    const res = await mock.app.request('/ns/a/__mock/health', { headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://app.test')
  })
})

describe('GET /ns/{name}/__mock/messages', () => {
  it('links each page to the next one under the same namespace', async () => {
    const { mock } = timedMock()
    const tricky = 'next "next":"/__mock/messages?after=1" end'
    await send(mock, 'GET', paramsWith({ message: tricky, mobile: '0712345678,0733123456' }))
    const numbers = '0712345678,0733123456,0770123456'
    await send(mock, 'GET', paramsWith({ message: tricky, mobile: numbers }), `/ns/a${SEND_PATH}`)
    const first = await call(mock, 'GET', '/ns/a/__mock/messages?limit=2')
    expect(first.body.next).toBe('/ns/a/__mock/messages?limit=2&after=100000002')
    expect((first.body.messages as { message: string }[])[0]?.message).toBe(tricky)
    const second = await call(mock, 'GET', first.body.next as string)
    expect(second.body).toMatchObject({ next: null, held: 3 })
    expect(second.body.messages).toEqual([expect.objectContaining({ messageId: '100000003' })])
    // The root's pages stay the root's.
    const root = await call(mock, 'GET', '/__mock/messages?limit=1')
    expect(root.body.next).toBe('/__mock/messages?limit=1&after=100000001')
  })

  it('links each page of the request journal, and of a wait, under the same namespace', async () => {
    const { mock } = timedMock()
    for (let i = 0; i < 3; i++) await send(mock, 'GET', paramsWith({}), `/ns/a${SEND_PATH}`)
    const page = await call(mock, 'GET', '/ns/a/__mock/requests?limit=2')
    expect(page.body.next).toBe('/ns/a/__mock/requests?limit=2&after=2')
    const rest = await call(mock, 'GET', page.body.next as string)
    expect(rest.body).toMatchObject({ next: null, held: 3 })
    const waited = await call(mock, 'GET', '/ns/a/__mock/requests/wait?count=1&limit=1')
    expect(waited.body.next).toMatch(/^\/ns\/a\/__mock\/requests\?/)
  })

  it('passes an error of the page through', async () => {
    const { mock } = timedMock()
    const answer = await call(mock, 'GET', '/ns/a/__mock/messages?limit=0')
    expect(answer).toEqual({
      status: 400,
      body: { error: 'bad_request', message: 'limit must be at least 1' },
    })
  })
})
