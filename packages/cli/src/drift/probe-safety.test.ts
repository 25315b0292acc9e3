/**
 * No probe can send a message or cost credit: every probe, built with a user's credentials,
 * passes the check, and the check refuses every request that could send, however its
 * parameters are spread over the query, the body and `smslist`.
 */
import { ENDPOINTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { endpointOfPath, whyFree } from './probe-safety.js'
import {
  NO_NUMBER,
  NOT_A_SENDER,
  PROBE_NAMES,
  PROBES,
  type ProbeRequest,
  WRONG_API_KEY,
} from './probes.js'

const USER = { apiKey: 'the-user-key', partnerId: '4711', shortcode: 'ACME' }
const GOOD = {
  apikey: USER.apiKey,
  partnerID: USER.partnerId,
  shortcode: USER.shortcode,
  mobile: '254712345678',
  message: 'Hi',
}

describe('the probes', () => {
  it.each(PROBES.map((probe) => [probe.name, probe] as const))(
    '%s is free with the user credentials, and says why',
    (_, probe) => {
      expect(whyFree(probe.build(USER), USER.apiKey)).not.toEqual([])
      expect(probe.free.length).toBeGreaterThan(20)
      expect(probe.asks).not.toBe('')
    },
  )

  it('never asks anything but getbalance and getdlr with the right key and a number', () => {
    const reads: string[] = [ENDPOINTS.getbalance.path, ENDPOINTS.getdlr.path]
    const asked = PROBES.map((probe) => [probe.name, probe.build(USER)] as const).filter(
      ([, request]) => !reads.includes(request.path.replace(/\/$/, '')),
    )
    expect(asked.map(([name]) => name)).toEqual(PROBE_NAMES.filter((n) => !n.startsWith('get')))
    for (const [name, request] of asked) {
      const sent = `${JSON.stringify(request.query ?? {})} ${request.raw ?? JSON.stringify(request.json ?? null)}`
      if (!sent.includes(USER.apiKey)) continue
      expect(sent, name).not.toMatch(/"mobile":\s*("[^"]*\d|\d)/)
    }
  })

  it('has unique names, and holds no digit in the mobile nor a real sender id', () => {
    expect(new Set(PROBE_NAMES).size).toBe(PROBES.length)
    expect(NO_NUMBER).not.toMatch(/\d/)
    expect(NOT_A_SENDER.length).toBeGreaterThan(11)
    expect(WRONG_API_KEY).not.toBe(USER.apiKey)
  })

  it('send the wrong key to both sides, whatever key they are built with', () => {
    const wrong = PROBES.filter((probe) => probe.name.endsWith('-wrong-key'))
    expect(wrong.length).toBeGreaterThanOrEqual(5)
    for (const probe of wrong) {
      const request = probe.build(USER)
      expect(JSON.stringify(request)).toContain(WRONG_API_KEY)
      expect(JSON.stringify(request)).not.toContain(USER.apiKey)
    }
  })

  it('carry the credentials each side is built with', () => {
    const probe = PROBES.find((p) => p.name === 'getbalance')
    expect(probe?.build(USER)).toEqual({
      method: 'POST',
      path: ENDPOINTS.getbalance.path,
      json: { apikey: USER.apiKey, partnerID: USER.partnerId },
    })
    const number = PROBES.find((p) => p.name === 'getbalance-partner-id-number')
    expect(number?.build(USER).json).toEqual({ apikey: USER.apiKey, partnerID: 4711 })
    expect(number?.build({ ...USER, partnerId: 'P-1' }).json).toEqual({
      apikey: USER.apiKey,
      partnerID: 'P-1',
    })
  })
})

describe('whyFree', () => {
  const post = (path: string, json: unknown): ProbeRequest => ({ method: 'POST', path, json })

  it.each<[string, ProbeRequest]>([
    ['a send with the right key, a number and a message', post(ENDPOINTS.sendsms.path, GOOD)],
    ['the same at the path with a trailing slash', post(`${ENDPOINTS.sendsms.path}/`, GOOD)],
    ['the same as sendotp', post(ENDPOINTS.sendotp.path, GOOD)],
    ['the same with GET and a query', { method: 'GET', path: ENDPOINTS.sendsms.path, query: GOOD }],
    [
      'the same with PUT: a server might take it as POST',
      { method: 'PUT', path: ENDPOINTS.sendsms.path, json: GOOD },
    ],
    ['the same in an array', post(ENDPOINTS.sendsms.path, [GOOD])],
    ['a number as a JSON number', post(ENDPOINTS.sendsms.path, { ...GOOD, mobile: 254712345678 })],
    [
      'the key in the query, the rest in the body',
      {
        method: 'POST',
        path: ENDPOINTS.sendsms.path,
        query: { apikey: USER.apiKey },
        json: { ...GOOD, apikey: undefined },
      },
    ],
    ['a bulk item with the right key', post(ENDPOINTS.sendbulk.path, { smslist: [GOOD] })],
    [
      "a second bulk item sendable with the first item's key",
      post(ENDPOINTS.sendbulk.path, {
        smslist: [
          { ...GOOD, mobile: NO_NUMBER },
          { ...GOOD, apikey: WRONG_API_KEY },
        ],
      }),
    ],
    [
      'a broken body holding the key and a mobile',
      {
        method: 'POST',
        path: ENDPOINTS.sendsms.path,
        raw: JSON.stringify(GOOD).slice(0, -1),
      },
    ],
    ['a path the spec does not know, with everything', post('/api/services/sendsms2', GOOD)],
  ])('refuses %s', (_, request) => {
    expect(whyFree(request, USER.apiKey)).toEqual([])
  })

  it.each<[string, ProbeRequest, string[]]>([
    ['getbalance', post(ENDPOINTS.getbalance.path, GOOD), ['getbalance only reads']],
    [
      'getdlr at its trailing slash',
      post(`${ENDPOINTS.getdlr.path}/`, GOOD),
      ['getdlr only reads'],
    ],
    [
      'a wrong key',
      post(ENDPOINTS.sendsms.path, { ...GOOD, apikey: WRONG_API_KEY }),
      ['no right API key'],
    ],
    [
      'no mobile',
      post(ENDPOINTS.sendsms.path, { ...GOOD, mobile: undefined }),
      ['no mobile with a digit'],
    ],
    [
      'a mobile without a digit',
      post(ENDPOINTS.sendotp.path, { ...GOOD, mobile: NO_NUMBER }),
      ['no mobile with a digit'],
    ],
    ['a blank message', post(ENDPOINTS.sendsms.path, { ...GOOD, message: ' ' }), ['no message']],
    ['no message', post(ENDPOINTS.sendsms.path, { ...GOOD, message: undefined }), ['no message']],
    [
      'PUT without a number',
      { method: 'PUT', path: ENDPOINTS.sendsms.path, json: { ...GOOD, mobile: NO_NUMBER } },
      ['no mobile with a digit', 'PUT is not a method of sendsms'],
    ],
    [
      'a broken body without a mobile',
      {
        method: 'POST',
        path: ENDPOINTS.sendsms.path,
        raw: JSON.stringify({ ...GOOD, mobile: undefined }).slice(0, -1),
      },
      ['no mobile', 'the body is not JSON'],
    ],
    [
      'a broken body without the key',
      {
        method: 'POST',
        path: ENDPOINTS.sendsms.path,
        raw: JSON.stringify({ ...GOOD, apikey: WRONG_API_KEY }).slice(0, -1),
      },
      ['no right API key', 'the body is not JSON'],
    ],
    [
      'an empty smslist with the key at the top',
      post(ENDPOINTS.sendbulk.path, { ...GOOD, mobile: undefined, smslist: [] }),
      ['no mobile with a digit'],
    ],
    [
      'a GET of sendbulk without items',
      { method: 'GET', path: ENDPOINTS.sendbulk.path, query: { apikey: USER.apiKey } },
      ['no mobile with a digit', 'GET is not a method of sendbulk'],
    ],
    [
      'a body that parses, given raw',
      {
        method: 'POST',
        path: ENDPOINTS.sendsms.path,
        raw: JSON.stringify({ ...GOOD, message: '' }),
      },
      ['no message'],
    ],
    [
      'an unknown path without the key',
      { method: 'GET', path: '/api/services/nosuchendpoint' },
      ['no right API key'],
    ],
  ])('lets %s through', (_, request, reasons) => {
    expect(whyFree(request, USER.apiKey)).toEqual(reasons)
  })
})

describe('endpointOfPath', () => {
  it.each([
    [ENDPOINTS.sendsms.path, 'sendsms'],
    [`${ENDPOINTS.sendbulk.path}/`, 'sendbulk'],
    [`${ENDPOINTS.getdlr.path}//`, undefined],
    ['/api/services/nosuchendpoint', undefined],
    ['/', undefined],
  ])('names the endpoint of %s: %s', (path, name) => {
    expect(endpointOfPath(path)).toBe(name)
  })
})
