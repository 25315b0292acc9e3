/**
 * @module
 * Whole-app behaviour: logging, secrecy of the apikey, errors never crashing the mock,
 * and flat memory under many messages.
 */
import { describe, expect, it } from 'vitest'
import { createMock } from './create-mock.js'
import { formatRequestLine, type RequestLogEntry } from './log/request-log-entry.js'
import { SANDBOX_ACCOUNT } from './state/accounts.js'
import { codeOf, paramsWith, send } from './test-support/requests.js'

const SECRET = 'very-secret-key-4f9a'

function mockWithSecret(lines: string[]) {
  return createMock({
    accounts: [{ partnerID: '555', apikey: SECRET, shortcodes: ['SECRET'], credit: 100 }],
    log: (entry) => lines.push(JSON.stringify(entry), formatRequestLine(entry)),
  })
}

describe('request log', () => {
  it('writes one entry per request from what was decided: method, path, code, recipients, time', async () => {
    const entries: RequestLogEntry[] = []
    const mock = createMock({ log: (entry) => entries.push(entry) })
    await send(mock, 'POST', paramsWith({ mobile: '0712345678,07123' }))
    await send(mock, 'GET', paramsWith({ apikey: 'x' }))
    await mock.app.request('/__mock/nowhere')
    expect(entries.map(({ ms: _ms, ...entry }) => entry)).toEqual([
      {
        method: 'POST',
        path: '/api/services/sendsms',
        status: 200,
        endpoint: 'sendsms',
        code: 200,
        recipients: 2,
        accepted: 1,
      },
      {
        method: 'GET',
        path: '/api/services/sendsms',
        status: 200,
        endpoint: 'sendsms',
        code: 1006,
      },
      { method: 'GET', path: '/__mock/nowhere', status: 404 },
    ])
    expect(entries.map(formatRequestLine)).toEqual([
      expect.stringMatching(
        /^POST \/api\/services\/sendsms -> 200, 1 of 2 accepted \([\d.]+ ms\)$/,
      ),
      expect.stringMatching(
        /^GET \/api\/services\/sendsms -> 1006 Invalid credentials \([\d.]+ ms\)$/,
      ),
      expect.stringMatching(/^GET \/__mock\/nowhere -> HTTP 404 \([\d.]+ ms\)$/),
    ])
  })

  it('logs nothing when no log function is given', async () => {
    const mock = createMock()
    expect((await send(mock, 'GET', paramsWith({}))).responses).toHaveLength(1)
  })
})

describe('the apikey', () => {
  it('never appears in log lines, control answers or errors', async () => {
    const lines: string[] = []
    const mock = mockWithSecret(lines)
    const params = { ...paramsWith({}), partnerID: '555', apikey: SECRET, shortcode: 'SECRET' }
    await send(mock, 'GET', params)
    await send(mock, 'POST', params)
    await send(mock, 'GET', { ...params, shortcode: 'NOPE' })
    await send(mock, 'GET', { ...params, timeToSend: 'garbage' })
    await mock.app.request(`/nowhere?apikey=${SECRET}`)
    mock.journal.entries = () => {
      throw new Error('journal broke')
    }
    await mock.app.request(`/__mock/messages?apikey=${SECRET}`)
    const outputs: string[] = [...lines]
    for (const path of ['/__mock/accounts', '/__mock/faults', '/__mock/health']) {
      outputs.push(await (await mock.app.request(path)).text())
    }
    outputs.push(JSON.stringify(mock.journal), JSON.stringify(mock.faults.list()))
    expect(lines.length).toBeGreaterThanOrEqual(6)
    for (const output of outputs) expect(output).not.toContain(SECRET)
  })
})

describe('errors', () => {
  it('answers 1005 (HTTP 200) when sendsms fails inside, and logs it', async () => {
    const lines: string[] = []
    const mock = createMock({
      now: () => {
        throw new Error('clock broke')
      },
      log: (entry) => lines.push(formatRequestLine(entry)),
    })
    const res = await mock.app.request(
      `/api/services/sendsms?${new URLSearchParams(paramsWith({}) as Record<string, string>)}`,
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      'response-code': 1005,
      'response-description': 'Failed. System error',
    })
    expect(lines).toEqual([
      expect.stringMatching(/-> 1005 Failed\. System error .*; Error: clock broke$/),
    ])
  })

  it('answers HTTP 500 JSON when a control endpoint fails inside', async () => {
    const mock = createMock()
    mock.journal.entries = () => {
      throw new Error('journal broke')
    }
    const res = await mock.app.request('/__mock/messages')
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({ error: 'internal_error' })
  })

  it('keeps answering after an internal error', async () => {
    let broken = true
    const mock = createMock({
      now: () => {
        if (broken) throw new Error('once')
        return new Date()
      },
    })
    expect(codeOf(await send(mock, 'GET', paramsWith({})))).toBe(1005)
    broken = false
    expect((await send(mock, 'GET', paramsWith({}))).responses).toHaveLength(1)
  })
})

describe('memory', () => {
  it('keeps only journalLimit entries after many accepted messages', async () => {
    const mock = createMock({ journalLimit: 50 })
    const mobile = Array.from({ length: 1000 }, () => '0712345678').join(',')
    for (let i = 0; i < 20; i++) await send(mock, 'POST', paramsWith({ mobile }))
    expect(mock.journal.size).toBe(50)
    expect(mock.journal.list().at(-1)?.messageId).toBe(String(100_000_000 + 20_000))
    expect(mock.accounts.get(SANDBOX_ACCOUNT.partnerID)?.credit).toBe(10_000_000 - 20_000)
  })
})
