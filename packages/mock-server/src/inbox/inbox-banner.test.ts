/**
 * @module
 * The start-up banner names the inbox page, at the URL the mock listens on (`sendsms mock`
 * prints the same banner).
 */
import { describe, expect, it } from 'vitest'
import { mockBanner } from '../cli/banner.js'
import { startMockServer } from '../node/start-mock-server.js'

describe('the banner', () => {
  it('gives the URL of the inbox page', async () => {
    const server = await startMockServer({ port: 0 })
    try {
      expect(mockBanner(server)).toContain(`  inbox:   ${server.url}/__mock/inbox (`)
      const page = await fetch(`${server.url}/__mock/inbox`)
      expect([page.status, page.headers.get('content-type')]).toEqual([
        200,
        'text/html; charset=utf-8',
      ])
    } finally {
      await server.close()
    }
  })
})
