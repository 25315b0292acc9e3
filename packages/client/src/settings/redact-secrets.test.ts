/**
 * @module
 * Tests of `redactSecrets`: every form a request or an error carries a secret in, for
 * secrets made of the characters that encoders change.
 */
import { describe, expect, it } from 'vitest'
import { redactSecrets } from './redact-secrets.js'

const MASK = '[redacted]'

// Each form is written out by hand, so the test does not share the code it checks.
const FORMS: [string, string, Record<string, string>][] = [
  [
    'spaces',
    'my secret key',
    {
      raw: 'my secret key',
      encodeURIComponent: 'my%20secret%20key',
      'form encoding': 'my+secret+key',
    },
  ],
  [
    '& and +',
    'a&b+c=d',
    {
      raw: 'a&b+c=d',
      encodeURIComponent: 'a%26b%2Bc%3Dd',
      'lower-case hex': 'a%26b%2bc%3dd',
    },
  ],
  [
    'quotes and a backslash',
    `k"e'y\\1`,
    {
      raw: `k"e'y\\1`,
      encodeURIComponent: "k%22e'y%5C1",
      'lower-case hex': "k%22e'y%5c1",
      'a URL parser (%27)': 'k%22e%27y%5C1',
      'form encoding': 'k%22e%27y%5C1',
      'JSON escaping': `k\\"e'y\\\\1`,
    },
  ],
  [
    'non-ASCII',
    'clé-ключ',
    {
      raw: 'clé-ключ',
      encodeURIComponent: 'cl%C3%A9-%D0%BA%D0%BB%D1%8E%D1%87',
      'lower-case hex': 'cl%c3%a9-%d0%ba%d0%bb%d1%8e%d1%87',
    },
  ],
  [
    'a control character',
    'tab\there',
    { raw: 'tab\there', 'JSON escaping': 'tab\\there', 'form encoding': 'tab%09here' },
  ],
]

describe('redactSecrets', () => {
  describe.each(FORMS)('for a secret with %s', (_name, secret, forms) => {
    it.each(Object.entries(forms))('masks its %s form', (_form, text) => {
      expect(redactSecrets(`before ${text} after`, [secret])).toBe(`before ${MASK} after`)
    })

    it('masks it in a GET URL, a JSON body and a form body', () => {
      const url = `http://api.test/sendsms?apikey=${encodeURIComponent(secret)}&mobile=1`
      const json = JSON.stringify({ apikey: secret, mobile: '1' })
      const form = new URLSearchParams({ apikey: secret, mobile: '1' }).toString()
      const parsed = new Request(url).url
      for (const text of [url, json, form, parsed]) {
        expect(redactSecrets(text, [secret])).not.toContain(secret)
        expect(redactSecrets(text, [secret])).toContain(MASK)
      }
      expect(redactSecrets(json, [secret])).toBe(`{"apikey":"${MASK}","mobile":"1"}`)
    })
  })

  it('masks every occurrence of every secret', () => {
    expect(redactSecrets('one two one%20x two', ['one', 'two'])).toBe(
      `${MASK} ${MASK} ${MASK}%20x ${MASK}`,
    )
  })

  it('masks a secret that holds another one whole, leaving nothing of it', () => {
    expect(redactSecrets('a=key-2 b=key', ['key', 'key-2'])).toBe(`a=${MASK} b=${MASK}`)
  })

  it('never masks inside a mask, whatever the secrets read like', () => {
    // Masking form by form would find `dac` again inside the first `[redacted]`.
    expect(redactSecrets('key redacted, dac', ['redacted', 'dac'])).toBe(`key ${MASK}, ${MASK}`)
  })

  it('leaves text alone when there is no secret to mask', () => {
    expect(redactSecrets('apikey=', [])).toBe('apikey=')
    expect(redactSecrets('apikey=', [undefined, ''])).toBe('apikey=')
  })

  it('masks a one-character secret too', () => {
    expect(redactSecrets('k=7', ['7'])).toBe(`k=${MASK}`)
  })
})
