/**
 * @module
 * What openapi-fetch hands to `fetch`, without building a web `Request` first. A
 * `Request` made from a string body carries it as a stream, which undici then writes
 * chunk by chunk; `fetch(url, init)` writes the string at once. On 1000-number sends
 * that was a tenth of the client's time (see bench/README.md).
 */
import type { FetchFunction } from '../options.js'

/**
 * The URL and init openapi-fetch would have put into a `Request`. Passed to
 * openapi-fetch as its `Request` class; only `url`, `method` and `init` are read.
 * @example
 * const wire = new WireRequest('http://127.0.0.1:4010/api/services/sendsms', { method: 'POST', body: '{}' })
 * await fetch(wire.url, wire.init)
 */
export class WireRequest {
  readonly url: string
  readonly method: string
  readonly init: RequestInit

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url)
    this.method = (init.method ?? 'GET').toUpperCase()
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
  wire: WireRequest | Request,
  custom: FetchFunction | undefined,
): Promise<Response> {
  if (!(wire instanceof WireRequest)) return (custom ?? globalThis.fetch)(wire)
  if (custom) return custom(new Request(wire.url, wire.init))
  return globalThis.fetch(wire.url, wire.init)
}
