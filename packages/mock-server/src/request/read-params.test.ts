/**
 * @module
 * The request forms clients use in the wild all reach the same send rules.
 */
import { validateSendSmsResponse } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.js'
import { codeOf, paramsWith, postRaw, rowsOf, VALID_PARAMS } from '../testing/requests.js'
import { readJsonParams } from './read-params.js'

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

describe('readJsonParams', () => {
  const fields = ['apikey', 'partnerID', 'message', 'shortcode', 'mobile', 'timeToSend']

  it.each(
    fields.flatMap((field) => [
      [field, true],
      [field, { a: 1 }],
      [field, ['0712345678']],
    ]),
  )('refuses %s given as %j', (field, value) => {
    expect(readJsonParams(JSON.stringify({ ...VALID_PARAMS, [field]: value }))).toEqual({
      ok: false,
    })
  })

  it('reads numbers as their digits, except timeToSend, and skips nulls', () => {
    const read = readJsonParams(
      JSON.stringify({
        partnerID: 12345,
        mobile: 254712345678,
        timeToSend: 1567350000,
        apikey: null,
      }),
    )
    expect(read).toEqual({
      ok: true,
      params: { partnerID: '12345', mobile: '254712345678', timeToSend: 1567350000 },
    })
    expect(read.ok && read.params.apikey).toBeUndefined()
  })

  it('reads an empty body as no parameters, and a number or a string as unreadable', () => {
    expect(readJsonParams(' ')).toEqual({ ok: true, params: {} })
    expect(readJsonParams('42')).toEqual({ ok: false })
    expect(readJsonParams('"apikey"')).toEqual({ ok: false })
  })
})
