/**
 * @module
 * How placeholders are filled: the base URL, values as typed, URL-encoding inside a query
 * string, and a refusal for any placeholder without a value.
 */
import { describe, expect, it } from 'vitest'
import { fillPlaceholders } from './fill-placeholders.js'

const values = {
  baseUrl: 'http://127.0.0.1:4010',
  apikey: 'k',
  partnerID: '1',
  shortcode: 'S',
  mobile: '254712345678',
  message: 'Hi there',
  count: '2',
}

describe('fillPlaceholders', () => {
  it('replaces the base URL and the fields', () => {
    expect(fillPlaceholders("post('https://{{url}}/x', { m: '{{message}}' })", values)).toBe(
      "post('http://127.0.0.1:4010/x', { m: 'Hi there' })",
    )
  })

  it('URL-encodes values written into a query string', () => {
    expect(fillPlaceholders('"https://{{url}}/x?message={{message}}"', values)).toBe(
      '"http://127.0.0.1:4010/x?message=Hi%20there"',
    )
  })

  it('writes a value in as typed where the page leaves the placeholder unquoted', () => {
    expect(fillPlaceholders('"count" => {{count}},', values)).toBe('"count" => 2,')
  })

  it('refuses a placeholder it does not know', () => {
    expect(() => fillPlaceholders('{{password}}', values)).toThrow(/unknown placeholder/)
  })

  it('refuses {{baseUrl}}, which is not a placeholder of the pages', () => {
    expect(() => fillPlaceholders('{{baseUrl}}', values)).toThrow(/unknown placeholder/)
  })
})
