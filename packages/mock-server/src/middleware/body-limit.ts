/**
 * @module
 * The body size limit of the send route. A request that declares its size in
 * Content-Length is checked from that header alone; only a chunked body (no length) is
 * counted as it streams, through hono/body-limit.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/**
 * Refuses bodies over `maxSize` bytes through `onError`.
 *
 * Why not hono/body-limit for every request: it reads `c.req.raw.body`, which makes
 * @hono/node-server build a full web `Request` around a web `ReadableStream` of the
 * socket. That was most of the mock's CPU time per send (see bench/README.md); reading
 * the body with `c.req.text()` alone takes the adapter's direct path instead.
 * @example
 * app.post('/api/services/sendsms', sendBodyLimit(1024 * 1024, (c) => c.json(topLevel(1009))), send)
 */
export function sendBodyLimit(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize, onError })
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
      return streaming(c, next)
    }
    // Node's parser has already refused a malformed Content-Length, so this is digits.
    return Number(length) > maxSize ? onError(c) : next()
  }
}
