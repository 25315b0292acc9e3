import { describe, expect, it } from 'vitest'
import { fillPlaceholders } from './fill-placeholders.js'

const values = {
  baseUrl: 'http://127.0.0.1:4010',
  apikey: 'k',
  partnerID: '1',
  shortcode: 'S',
  mobile: '254712345678',
  message: 'Hi there',
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

  it('refuses a placeholder it does not know', () => {
    expect(() => fillPlaceholders('{{password}}', values)).toThrow(/unknown placeholder/)
  })
})
