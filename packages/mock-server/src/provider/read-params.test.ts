/**
 * @module
 * The request forms clients use in the wild all reach the same send rules, and the
 * reader itself keeps only the declared parameters of the types the API takes.
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { ENDPOINTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { codeOf, paramsWith, postRaw, rowsOf, VALID_PARAMS } from '../test-support/requests.js'
import { isJsonType, mediaType, readParams } from './read-params.js'

function formOf(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))
}

async function expectOneAcceptedRow(answer: Record<string, unknown>): Promise<void> {
  expect(validateSendSmsResponse(answer).errors).toEqual([])
  const rows = rowsOf(answer)
  expect(rows).toHaveLength(1)
  expect(codeOf(rows[0] ?? {})).toBe(200)
}

describe('readParams', () => {
  it('accepts a JSON array holding one object, as a PHP client sends', async () => {
    await expectOneAcceptedRow(
      await postRaw(
        createMock(),
        JSON.stringify([{ ...VALID_PARAMS, pass_type: 'plain' }]),
        'application/json',
      ),
    )
  })

  it('accepts a form-urlencoded body', async () => {
    const body = new URLSearchParams(formOf(VALID_PARAMS)).toString()
    await expectOneAcceptedRow(
      await postRaw(createMock(), body, 'application/x-www-form-urlencoded'),
    )
  })

  it('accepts a multipart body', async () => {
    const form = new FormData()
    for (const [k, v] of Object.entries(formOf(VALID_PARAMS))) form.append(k, v)
    await expectOneAcceptedRow(await postRaw(createMock(), form))
  })

  it('refuses an uploaded file in place of a field with 1009', async () => {
    const form = new FormData()
    for (const [k, v] of Object.entries(formOf(paramsWith({ message: undefined }))))
      form.append(k, v)
    form.append('message', new Blob(['hi']), 'message.txt')
    expect(codeOf(await postRaw(createMock(), form))).toBe(1009)
  })

  it('accepts partnerID and mobile as JSON numbers', async () => {
    const mock = createMock()
    const body = JSON.stringify({ ...VALID_PARAMS, partnerID: 12345, mobile: 254712345678 })
    await expectOneAcceptedRow(await postRaw(mock, body, 'application/json'))
    expect(mock.journal.list()[0]?.mobile).toBe('254712345678')
  })

  it('ignores unknown fields such as pass_type, hashed and clientsmsid', async () => {
    const body = JSON.stringify({
      ...VALID_PARAMS,
      pass_type: 'plain',
      hashed: false,
      clientsmsid: 77,
    })
    await expectOneAcceptedRow(await postRaw(createMock(), body, 'application/json'))
  })

  it('accepts a JSON content type with a charset', async () => {
    await expectOneAcceptedRow(
      await postRaw(createMock(), JSON.stringify(VALID_PARAMS), 'application/json; charset=UTF-8'),
    )
  })

  it('takes POST parameters from the query string, the body winning', async () => {
    const mock = createMock()
    const query = new URLSearchParams(formOf(paramsWith({ message: 'from the query' })))
    const res = await mock.app.request(`/api/services/sendsms?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'from the body' }),
    })
    await expectOneAcceptedRow(await res.json())
    expect(mock.journal.list()[0]).toMatchObject({ message: 'from the body', method: 'POST' })
  })

  it('reads a POST with an empty body from the query string alone', async () => {
    const query = new URLSearchParams(formOf(VALID_PARAMS))
    const res = await createMock().app.request(`/api/services/sendsms?${query}`, { method: 'POST' })
    await expectOneAcceptedRow(await res.json())
  })

  it('keeps a URL-encoded GET message intact', async () => {
    const mock = createMock()
    const message = 'Karibu! 50% off & free delivery?'
    const query = new URLSearchParams(formOf(paramsWith({ message })))
    await mock.app.request(`/api/services/sendsms?${query}`)
    expect(mock.journal.list()[0]?.message).toBe(message)
  })
})

describe('readParams, the values of a JSON body', () => {
  const sendsms = ENDPOINTS.sendsms
  const fields = sendsms.parameters
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
  const readJson = (value: unknown, reading: Parameters<typeof readParams>[0] = sendsms) =>
    readParams(reading, 'POST', '', 'application/json', json(value))

  it.each(
    fields.flatMap((field) => [
      [field, true],
      [field, { a: 1 }],
      [field, ['0712345678']],
    ]),
  )('refuses %s given as %j', (field, value) => {
    expect(readJson({ ...VALID_PARAMS, [field]: value })).toEqual({ ok: false })
  })

  it('keeps numbers as numbers for the rules, and skips nulls', () => {
    const read = readJson({
      partnerID: 12345,
      mobile: 254712345678,
      timeToSend: 1567350000,
      apikey: null,
    })
    expect(read).toEqual({
      ok: true,
      params: { partnerID: 12345, mobile: 254712345678, timeToSend: 1567350000 },
    })
  })

  it('reads only the declared parameters, whatever else comes', () => {
    expect(readJson({ mobile: '07', hashed: true, clientsmsid: { x: 1 } })).toEqual({
      ok: true,
      params: { mobile: '07' },
    })
  })

  it('reads an empty body as no parameters, and a number or a string as unreadable', () => {
    expect(
      readParams(sendsms, 'POST', '', 'application/json', new TextEncoder().encode(' ')),
    ).toEqual({ ok: true, params: {} })
    expect(readJson(42)).toEqual({ ok: false })
    expect(readJson('apikey')).toEqual({ ok: false })
  })

  it('reads a GET from its query only, the first of a repeated key winning', () => {
    expect(
      readParams(
        sendsms,
        'GET',
        'mobile=07&mobile=08&apikey=k',
        'application/json',
        json({ mobile: 'x' }),
      ),
    ).toEqual({
      ok: true,
      params: { mobile: '07', apikey: 'k' },
    })
  })

  it('takes a JSON boolean for a flag only (sendotp hashed)', () => {
    expect(readJson({ mobile: '07', hashed: true }, ENDPOINTS.sendotp)).toEqual({
      ok: true,
      params: { mobile: '07', hashed: true },
    })
    expect(readJson({ mobile: true, hashed: true }, ENDPOINTS.sendotp)).toEqual({ ok: false })
    expect(readJson({ mobile: '07', hashed: { on: true } }, ENDPOINTS.sendotp)).toEqual({
      ok: false,
    })
  })

  it('takes an array of objects for a list only (sendbulk smslist)', () => {
    const smslist = [{ mobile: '07', message: 'a' }, { mobile: 7 }]
    expect(readJson({ count: 2, smslist }, ENDPOINTS.sendbulk)).toEqual({
      ok: true,
      params: { count: 2, smslist },
    })
    expect(readJson({ smslist: ['07'] }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
    expect(readJson({ smslist: [null] }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
    expect(readJson({ smslist: { mobile: '07' } }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
    expect(readJson({ count: [1] }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
    // A list is never text, as a form field would carry it.
    expect(readJson({ smslist: '[]' }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
    expect(readJson({ smslist: 7 }, ENDPOINTS.sendbulk)).toEqual({ ok: false })
  })

  it('refuses a number past what JSON can hold, rather than read it as Infinity', () => {
    const body = new TextEncoder().encode('{"mobile":1e999}')
    expect(readParams(sendsms, 'POST', '', 'application/json', body)).toEqual({ ok: false })
  })
})

describe('mediaType', () => {
  it.each<[string | undefined, string]>([
    [undefined, ''],
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'application/json'],
    ['application/json ; charset=utf-8', 'application/json'],
    [' multipart/form-data; boundary=x', 'multipart/form-data'],
  ])('reads %j as %j', (contentType, type) => {
    expect(mediaType(contentType)).toBe(type)
  })
})

describe('isJsonType', () => {
  it.each<[string, boolean]>([
    ['application/json', true],
    ['text/json', true],
    ['application/vnd.api+json', true],
    ['application/x-www-form-urlencoded', false],
    ['text/plain', false],
    ['', false],
  ])('says %j is JSON: %s', (type, json) => {
    expect(isJsonType(type)).toBe(json)
  })
})
