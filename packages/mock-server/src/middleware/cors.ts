/**
 * @module
 * CORS for every route, so browser apps can call the mock. A real preflight (OPTIONS
 * with Access-Control-Request-Method) is answered by hono/cors; a plain OPTIONS goes on
 * to the routes, where sendsms answers 1010 as the provider does.
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
    if (c.req.method === 'OPTIONS' && !c.req.header('access-control-request-method')) {
      await next()
      c.header('Access-Control-Allow-Origin', '*')
      return
    }
    return preflight(c, next)
  }
}
