/**
 * A GET too large for the server (HTTP 431 or 414) is named for what it is, with the advice
 * to send with POST, not the advice for a wrong base URL; through the built binary.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runBin } from '../testing/run-bin.js'

let server: Server
let status = 431

beforeAll(async () => {
  server = createServer((_request, response) => void response.writeHead(status).end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('a request too large for GET', () => {
  it.each([431, 414])('HTTP %i: says so and advises POST', async (code) => {
    status = code
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const run = await runBin(['send', '--to', '254712345678', '-m', 'Hi', '--get'], {
      ADVANTA_BASE_URL: url,
      ADVANTA_API_KEY: 'k',
      ADVANTA_PARTNER_ID: '1',
      ADVANTA_SHORTCODE: 'S',
    })
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.stderr).toContain('the request is too large for GET')
    expect(run.stderr).toContain('Send without --get: POST carries any number of recipients')
    expect(run.stderr).not.toContain('points at the SMS API')
  })
})
