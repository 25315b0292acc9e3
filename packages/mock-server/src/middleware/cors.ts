/**
 * @module
 * CORS for every route, so browser apps can call the mock. A real preflight (OPTIONS
 * with Access-Control-Request-Method) is answered by hono/cors; every other request,
 * plain OPTIONS included, goes on to the routes (sendsms answers a plain OPTIONS with
 * 1010, as the provider does) and its answer carries `Access-Control-Allow-Origin: *`.
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

/**
 * The CORS middleware: all origins, any request headers.
 * @example
 * app.use('*', mockCors())
 */
export function mockCors(): MiddlewareHandler {
  const preflight = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'] })
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      return preflight(c, next)
    }
    // Set before next(), while no response exists yet: the header then goes into the
    // answer as it is built. hono/cors (and c.header() after next()) would touch the
    // finished response instead, which makes @hono/node-server turn its light response
    // into a full web Response with a stream body: a third of the mock's CPU per send
    // (see bench/README.md).
    c.header('Access-Control-Allow-Origin', '*')
    await next()
  }
}
