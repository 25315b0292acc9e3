/**
 * @module
 * `GET /__mock/clock` and `POST /__mock/clock`: what they answer, what they refuse, and
 * that the control guard stands in front of them.
 */
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'

const START = '2030-01-01T06:00:00.000Z'

async function call(
  mock: Mock,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } }
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body)
  const res = await mock.app.request('/__mock/clock', init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('/__mock/clock', () => {
  it('shows the time and whether the clock is virtual', async () => {
    const real = await call(createMock({ now: () => new Date(START) }), 'GET')
    expect(real).toEqual({ status: 200, body: { now: START, virtual: false } })
    const virtual = await call(createMock({ clock: { virtual: true, start: START } }), 'GET')
    expect(virtual.body).toEqual({ now: START, virtual: true })
  })

  it.each<[string, unknown, string]>([
    ['a duration', { advance: '90s' }, '2030-01-01T06:01:30.000Z'],
    ['hours', { advance: '18h' }, '2030-01-02T00:00:00.000Z'],
    ['milliseconds', { advance: 5000 }, '2030-01-01T06:00:05.000Z'],
    ['a time', { to: '2030-01-01T07:00:00Z' }, '2030-01-01T07:00:00.000Z'],
    ['a time in East Africa Time', { to: '2030-01-01 12:00' }, '2030-01-01T09:00:00.000Z'],
  ])('advances by %s and answers the new time', async (_name, body, now) => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    expect(await call(mock, 'POST', body)).toEqual({ status: 200, body: { now, virtual: true } })
    expect(mock.clock.now().toISOString()).toBe(now)
  })

  it('makes the clock virtual and real again', async () => {
    const mock = createMock({ now: () => new Date(START) })
    expect((await call(mock, 'POST', { virtual: true })).body).toEqual({
      now: START,
      virtual: true,
    })
    await call(mock, 'POST', { advance: '1h' })
    expect((await call(mock, 'POST', { virtual: false })).body).toEqual({
      now: START,
      virtual: false,
    })
  })

  it('goes back to its start on POST /__mock/reset', async () => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    await call(mock, 'POST', { advance: '2d' })
    await mock.app.request('/__mock/reset', { method: 'POST' })
    expect((await call(mock, 'GET')).body).toEqual({ now: START, virtual: true })
  })

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['an unknown key', { jump: '1s' }],
    ['two keys', { advance: '1s', virtual: true }],
    ['a duration that is not one', { advance: 'soon' }],
    ['a negative duration', { advance: -1 }],
    ['a duration of another type', { advance: true }],
    ['a time that is not one', { to: 'yesterday' }],
    ['a time in the past', { to: '2029-01-01T00:00:00Z' }],
    ['virtual that is not a boolean', { virtual: 'yes' }],
    ['a JSON array', '[]'],
    ['bad JSON', '{'],
  ])('answers 400 for %s, leaving the clock alone', async (_name, body) => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    const res = await call(mock, 'POST', body)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: 'bad_request', message: expect.any(String) })
    expect(mock.clock.now().toISOString()).toBe(START)
  })

  it('is guarded like every control endpoint', async () => {
    const mock = createMock({ clock: { virtual: true, start: START } })
    const foreign = await call(mock, 'POST', { advance: '1h' }, { host: 'attacker.example' })
    expect(foreign.status).toBe(403)
    const form = await mock.app.request('/__mock/clock', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"advance":"1h"}',
    })
    expect(form.status).toBe(415)
    expect(mock.clock.now().toISOString()).toBe(START)
  })
})
