/**
 * @module
 * What the request journal keeps of parameters: keys replaced by the marker wherever they
 * are, texts and lists cut within bounds, with their lengths noted.
 */
import { describe, expect, it } from 'vitest'
import {
  MAX_RECORDED_CHARS,
  MAX_RECORDED_TEXT,
  REDACTED,
  recordParams,
} from './request-journal-params.js'

const KEY = 'sandbox-api-key'

describe('recordParams', () => {
  it('replaces the apikey with the marker, whatever its type', () => {
    expect(recordParams({ apikey: KEY, partnerID: '12345' }, []).params).toEqual({
      apikey: '[redacted]',
      partnerID: '12345',
    })
    expect(recordParams({ apikey: 987654321 }, []).params).toEqual({ apikey: REDACTED })
    expect(REDACTED).toBe('[redacted]')
  })

  it('replaces the key where another parameter carries it, whole or inside', () => {
    const { params } = recordParams(
      { apikey: KEY, shortcode: KEY, message: `my key is ${KEY}!`, mobile: 254712345678 },
      [],
    )
    expect(params).toEqual({
      apikey: REDACTED,
      shortcode: REDACTED,
      message: 'my key is [redacted]!',
      mobile: 254712345678,
    })
  })

  it('replaces only whole values equal to a key shorter than four characters', () => {
    const { params } = recordParams({ apikey: 'k1', message: 'k1', shortcode: 'ok1k1' }, [])
    expect(params).toEqual({ apikey: REDACTED, message: REDACTED, shortcode: 'ok1k1' })
    const four = recordParams({ apikey: 'abcd', message: 'xabcdx' }, []).params
    expect(four.message).toBe('x[redacted]x')
  })

  it('replaces every item key of a list (any case) and keys found in other fields', () => {
    const { params } = recordParams(
      {
        count: 2,
        smslist: [
          { apikey: KEY, mobile: '0712345678', message: `key ${KEY}` },
          { APIKey: 'other-secret-key', mobile: 'other-secret-key', hashed: true, n: null },
        ],
      },
      ['smslist'],
    )
    expect(params).toEqual({
      count: 2,
      smslist: [
        { apikey: REDACTED, mobile: '0712345678', message: 'key [redacted]' },
        { APIKey: REDACTED, mobile: REDACTED, hashed: true, n: null },
      ],
    })
  })

  it('keeps lists as lists, and item fields the API does not take as their kind', () => {
    const { params } = recordParams(
      { smslist: [{ mobile: ['0712345678'], message: { text: 'x' } }] },
      ['smslist'],
    )
    expect(params).toEqual({ smslist: [{ mobile: '[array]', message: '[object]' }] })
  })

  it('keeps flags and numbers as read', () => {
    expect(recordParams({ hashed: true, partnerID: 12345 }, []).params).toEqual({
      hashed: true,
      partnerID: 12345,
    })
  })

  it('cuts a long text and notes its length; shorter texts have no note', () => {
    const message = 'x'.repeat(1024 * 1024)
    const recorded = recordParams({ apikey: KEY, message, mobile: '0712345678' }, [])
    expect(recorded.params.message).toBe('x'.repeat(MAX_RECORDED_TEXT))
    expect(recorded.truncated).toEqual({ message: 1024 * 1024 })
    expect(recorded.params.mobile).toBe('0712345678')
    const whole = recordParams({ message: 'x'.repeat(MAX_RECORDED_TEXT) }, [])
    expect(whole.params.message).toHaveLength(MAX_RECORDED_TEXT)
    expect(whole.truncated).toBeUndefined()
  })

  it('redacts before cutting, so no part of a key survives at the cut', () => {
    const message = `${'x'.repeat(MAX_RECORDED_TEXT - 4)}${KEY}`
    const { params } = recordParams({ apikey: KEY, message }, [])
    expect(params.message).not.toContain('sand')
    expect(params.message).toBe(`${'x'.repeat(MAX_RECORDED_TEXT - 4)}[red`)
  })

  it('estimates bytes from the lengths kept, two bytes a character', () => {
    const small = recordParams({ message: 'a' }, []).bytes
    const large = recordParams({ message: 'a'.repeat(1001) }, []).bytes
    expect(large - small).toBe(2000)
    const cut = recordParams({ message: 'a'.repeat(1024 * 1024) }, []).bytes
    expect(cut).toBeLessThan(2 * MAX_RECORDED_TEXT + 200)
  })

  it('keeps at most MAX_RECORDED_CHARS of one request, leaving out later items', () => {
    const item = { mobile: '0712345678', message: 'y'.repeat(10_000) }
    const list = Array.from({ length: 100 }, () => item)
    const recorded = recordParams({ smslist: list }, ['smslist'])
    const kept = recorded.params.smslist as Record<string, string>[]
    expect(kept.length).toBeGreaterThan(20)
    expect(kept.length).toBeLessThan(30)
    expect(recorded.truncated?.smslist).toBe(100)
    expect(recorded.truncated?.[`smslist.${kept.length - 1}.message`]).toBe(10_000)
    expect(recorded.bytes).toBeLessThanOrEqual(2 * MAX_RECORDED_CHARS + 1024)
  })

  it('cuts item texts and notes them by position', () => {
    const long = 'z'.repeat(MAX_RECORDED_TEXT + 1)
    const recorded = recordParams({ smslist: [{ message: 'a' }, { message: long }] }, ['smslist'])
    expect(recorded.truncated).toEqual({ 'smslist.1.message': MAX_RECORDED_TEXT + 1 })
  })

  it('bounds a list of empty items and an item of many fields', () => {
    const empties = recordParams({ smslist: new Array(MAX_RECORDED_CHARS + 10).fill({}) }, [
      'smslist',
    ])
    expect((empties.params.smslist as unknown[]).length).toBe(Math.ceil(MAX_RECORDED_CHARS / 24))
    expect(empties.truncated).toEqual({ smslist: MAX_RECORDED_CHARS + 10 })
    expect(empties.bytes).toBeLessThanOrEqual(2 * MAX_RECORDED_CHARS + 1024)
    const wide: Record<string, number> = {}
    for (let i = 0; i < 100_000; i++) wide[`f${i}`] = i
    const many = recordParams({ smslist: [wide] }, ['smslist'])
    const [item] = many.params.smslist as Record<string, unknown>[]
    expect(Object.keys(item ?? {}).length).toBeLessThan(100_000)
    expect(many.truncated).toEqual({ 'smslist.0': 100_000 })
    expect(many.bytes).toBeLessThanOrEqual(2 * MAX_RECORDED_CHARS + 1024)
  })

  it('cuts a field name longer than 64 characters', () => {
    const name = 'n'.repeat(100)
    const { params } = recordParams({ smslist: [{ [name]: 1 }] }, ['smslist'])
    expect(params.smslist).toEqual([{ [name.slice(0, 64)]: 1 }])
  })
})
