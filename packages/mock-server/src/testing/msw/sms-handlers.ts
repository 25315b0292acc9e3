/**
 * @module
 * `smsHandlers`: MSW request handlers that answer every request under a base URL (the live
 * API's by default) with a mock's app, so an application's unchanged client, with its
 * default `baseUrl`, is answered by the mock in tests.
 */
import { LIVE_BASE_URL } from '@sendsms/wire'
import { type HttpHandler, http } from 'msw'
import type { Mock } from '../../create-mock.js'

/**
 * Options of `smsHandlers`.
 * @example
 * const options: SmsHandlersOptions = { baseUrl: 'https://sms.example.test/advanta' }
 */
export interface SmsHandlersOptions {
  /**
   * Requests under this URL go to the mock, with its path prefix taken off. Default the
   * live API's base URL (`LIVE_BASE_URL` of `@sendsms/wire`).
   */
  baseUrl?: string
}

/**
 * The path a request has at the mock: its own, less the base URL's path prefix.
 * @example
 * pathAtMock('https://x.test/advanta/api/services/sendsms?a=1', '/advanta') // '/api/services/sendsms?a=1'
 */
export function pathAtMock(url: string, prefix: string): string {
  const { pathname, search } = new URL(url)
  return `${pathname.slice(prefix.length) || '/'}${search}`
}

/**
 * Handlers forwarding every request under `baseUrl` to `mock.app.fetch`.
 * @example
 * import { setupServer } from 'msw/node'
 * import { createMock } from '@sendsms/mock-server'
 * import { smsHandlers } from '@sendsms/mock-server/testing/msw'
 * const mock = createMock()
 * const server = setupServer(...smsHandlers(mock))
 * server.listen()
 * // await createClient({ apiKey: 'sandbox-api-key', partnerId: '12345', shortcode: 'SANDBOX' }).sendSms(…)
 * // mock.journal.list() holds the message
 */
export function smsHandlers(mock: Mock, options: SmsHandlersOptions = {}): HttpHandler[] {
  const base = new URL(options.baseUrl ?? LIVE_BASE_URL)
  const prefix = base.pathname.replace(/\/+$/, '')
  return [
    http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
      if (prefix === '') return mock.app.fetch(request)
      // The body is read here so the new request needs no streaming (`duplex`) option.
      const body = request.body === null ? null : await request.arrayBuffer()
      const target = new URL(pathAtMock(request.url, prefix), base.origin)
      return mock.app.fetch(
        new Request(target, { method: request.method, headers: request.headers, body }),
      )
    }),
  ]
}
