/**
 * @module
 * A request as the client hands it to `fetch`: the URL and the init, without building a
 * web `Request` first. A `Request` made from a string body carries it as a stream, which
 * undici then writes chunk by chunk; `fetch(url, init)` writes the string at once. On
 * 1000-number sends that was a tenth of the client's time (see bench/README.md).
 */
import type { FetchFunction } from '../options.js'

/**
 * The URL and init of one request, as the global fetch takes them and as the client's
 * hooks read them (redacted).
 * @example
 * const wire = new WireRequest('http://127.0.0.1:4010/api/services/sendsms', { method: 'POST', body: '{}' })
 * await fetch(wire.url, wire.init)
 */
export class WireRequest {
  readonly url: string
  readonly init: RequestInit

  constructor(url: string, init: RequestInit) {
    this.url = url
    this.init = init
  }
}

/**
 * Sends a wire request: straight to the global `fetch` as `(url, init)`, or as one real
 * `Request` to a caller's own fetch, whose documented contract is a single `Request`.
 * @example
 * await sendWire(wire, undefined) // globalThis.fetch(wire.url, wire.init)
 */
export async function sendWire(
  wire: WireRequest,
  custom: FetchFunction | undefined,
): Promise<Response> {
  if (custom) return custom(new Request(wire.url, wire.init))
  return globalThis.fetch(wire.url, wire.init)
}
