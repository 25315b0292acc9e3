/**
 * @module
 * Log entries carry nothing unchecked from the request, and read as one line.
 */
import { describe, expect, it } from 'vitest'
import {
  formatRequestLine,
  type RequestLogEntry,
  requestLogEntry,
  safePath,
} from './request-log-entry.js'

const KEY = 'k3y-Secret-91'

describe('safePath', () => {
  it.each([
    ['/api/services/sendsms', '/api/services/sendsms'],
    ['/api/services/sendsms/', '/api/services/sendsms/'],
    ['/__mock/messages', '/__mock/messages'],
    ['/', '/'],
    [`/api/services/sendsms%3Fapikey=${KEY}`, '/api/services/sendsms…'],
    [`/api/services/sendsms%3fapikey=${KEY}`, '/api/services/sendsms…'],
    [`/api/services/sendsms%253Fapikey%253D${KEY}`, '/api/services/sendsms…'],
    [`/api/services/sendsms;apikey=${KEY}`, '/api/services/sendsms…'],
    [`/api/services/sendsms/${KEY}`, '/api/services/sendsms…'],
    [`/${KEY}${KEY}${KEY}`, '…'],
    ['/x%0A2030-01-01T00:00:00.000Z POST /forged -> 200', '/x…'],
    ['/caf\u00e9', '/caf…'],
  ])('logs %j as %j', (path, logged) => {
    expect(safePath(path)).toBe(logged)
  })
})

describe('requestLogEntry', () => {
  it('keeps a method only when it is a short upper-case word', () => {
    expect(requestLogEntry('POST', '/', 200, undefined, performance.now()).method).toBe('POST')
    expect(requestLogEntry('P\nOST', '/', 200, undefined, performance.now()).method).toBe('OTHER')
  })
})

describe('formatRequestLine', () => {
  const base: RequestLogEntry = {
    method: 'POST',
    path: '/api/services/sendsms',
    status: 200,
    ms: 0.42,
  }

  it.each([
    [
      { ...base, endpoint: 'sendsms', code: 200, recipients: 3, accepted: 2 },
      'POST /api/services/sendsms -> 200, 2 of 3 accepted (0.42 ms)',
    ],
    [
      { ...base, endpoint: 'sendsms', code: 1006 },
      'POST /api/services/sendsms -> 1006 Invalid credentials (0.42 ms)',
    ],
    [{ ...base, endpoint: 'sendsms', code: 7777 }, 'POST /api/services/sendsms -> 7777 (0.42 ms)'],
    [{ ...base, path: '/__mock/health', status: 404 }, 'POST /__mock/health -> HTTP 404 (0.42 ms)'],
    [
      { ...base, endpoint: 'sendsms', status: 503, fault: 'http-503' },
      'POST /api/services/sendsms -> HTTP 503 (0.42 ms) [fault http-503]',
    ],
  ] as [RequestLogEntry, string][])('writes %j as one line', (entry, line) => {
    expect(formatRequestLine(entry)).toBe(line)
  })

  it('escapes control characters of an error, so it stays one line', () => {
    const line = formatRequestLine({ ...base, code: 1005, error: 'Error: a\nb\u2028c' })
    expect(line).toBe(
      'POST /api/services/sendsms -> 1005 Failed. System error (0.42 ms); Error: a\\u000ab\\u2028c',
    )
    expect(line.split('\n')).toHaveLength(1)
  })
})
