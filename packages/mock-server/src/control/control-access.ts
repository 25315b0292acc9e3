/**
 * @module
 * Who may use the control endpoints (`/__mock/*`). They read every message and can replace
 * accounts or reset the mock, so unlike the provider endpoints they do not answer any web
 * page: the Host header must be a loopback name (a page on another site reaching the mock
 * through DNS rebinding sends its own host name), a browser's Origin must be the mock's
 * own or one allowed with `cors`, and bodies must be JSON (a cross-site form cannot send
 * that without a preflight, which is refused).
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { MockEnv } from '../mock-env.js'
import { MAX_CONTROL_BODY_BYTES } from '../provider/limits.js'
import { isJsonType, mediaType } from '../provider/read-params.js'
import { readWebBody } from '../provider/read-web-body.js'

/**
 * Who may call the control endpoints, besides programs on this machine.
 * @example
 * const access: ControlAccess = { allowedHosts: ['mock.test'], corsOrigins: ['http://localhost:5173'] }
 */
export interface ControlAccess {
  /** Host names accepted besides loopback ones (`localhost`, `*.localhost`, 127.x, ::1); `*` accepts any. */
  allowedHosts: readonly string[]
  /** Browser origins allowed to call them (CORS); `*` allows any. Default none. */
  corsOrigins: readonly string[]
}

const CONTROL_METHODS = 'GET,POST,PUT,DELETE'

function refuse(c: Context, status: 403 | 413 | 415, error: string, message: string) {
  return c.json({ error, message }, status)
}

/**
 * The host name of a Host header (`[::1]:4010` → `::1`), lower case, or undefined when
 * the header is not a host.
 * @example
 * hostName('LocalHost:4010') // 'localhost'
 */
export function hostName(host: string): string | undefined {
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i.exec(host)
  return (match?.[1] ?? match?.[2])?.toLowerCase()
}

/**
 * Whether a host name is this machine's.
 * @example
 * isLoopbackName('app.localhost') // true
 */
export function isLoopbackName(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  )
}

function hostAllowed(host: string | undefined, access: ControlAccess): boolean {
  if (access.allowedHosts.includes('*')) return true
  const name = host === undefined ? undefined : hostName(host)
  return name !== undefined && (isLoopbackName(name) || access.allowedHosts.includes(name))
}

function corsAllowed(origin: string, access: ControlAccess): boolean {
  return access.corsOrigins.includes('*') || access.corsOrigins.includes(origin)
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)
}

/**
 * The control endpoints' guard: Host, Origin and CORS, then the body (JSON only, at most
 * 64 KiB), which it reads once and leaves on the context as `controlBody`.
 * @example
 * app.use('/__mock/*', controlGuard({ allowedHosts: [], corsOrigins: [] }))
 */
export function controlGuard(access: ControlAccess): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    // In-process requests carry no Host header; their URL's host is what was asked for.
    const host = c.req.header('host') ?? new URL(c.req.url).host
    if (!hostAllowed(host, access)) {
      return refuse(
        c,
        403,
        'forbidden_host',
        'The control endpoints answer only loopback host names; start the mock with --allow-host to add one.',
      )
    }
    const origin = c.req.header('origin')
    const cors = origin !== undefined && corsAllowed(origin, access)
    if (origin !== undefined && !cors && !sameOrigin(origin, host)) {
      return refuse(
        c,
        403,
        'forbidden_origin',
        'This origin may not call the control endpoints; start the mock with --cors ORIGIN to allow it.',
      )
    }
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!cors)
        return refuse(c, 403, 'forbidden_origin', 'No CORS is allowed for the control endpoints.')
      const requested = c.req.header('access-control-request-headers')
      return c.body(null, 204, {
        'access-control-allow-origin': origin as string,
        'access-control-allow-methods': CONTROL_METHODS,
        ...(requested ? { 'access-control-allow-headers': requested } : {}),
        vary: 'Origin, Access-Control-Request-Headers',
      })
    }
    const body = await readWebBody(c.req.raw, MAX_CONTROL_BODY_BYTES)
    if (body.tooLarge) {
      c.header('connection', 'close')
      const limit = `Control bodies are at most ${MAX_CONTROL_BODY_BYTES} bytes.`
      return refuse(c, 413, 'payload_too_large', limit)
    }
    // Checked on the bytes, not the headers: an in-process or Workers request has a body
    // without a Content-Length, and an empty POST (curl -X POST …/reset) needs no type.
    const type = mediaType(c.req.header('content-type'))
    if (body.bytes !== undefined && body.bytes.length > 0 && !isJsonType(type)) {
      return refuse(c, 415, 'unsupported_media_type', 'Control bodies must be application/json.')
    }
    c.set('controlBody', body.bytes)
    await next()
    if (cors) {
      c.res.headers.set('access-control-allow-origin', origin as string)
      c.res.headers.append('vary', 'Origin')
    }
  }
}
