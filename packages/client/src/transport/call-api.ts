/**
 * @module
 * The transport: one HTTP call to a path of the API through openapi-fetch, returning the raw
 * status and body text. It knows nothing of sends: any endpoint is a path, a method and its
 * parameters. It owns the timeout and abort handling and turns every failure to get an
 * answer into a `ConnectionError`, `TimeoutError` or `RequestAbortedError` that never
 * carries a secret and says whether the request may have reached the provider.
 */
import { integerText } from '@sendsms/wire'
import { ConnectionError, RequestAbortedError, TimeoutError } from '../errors/request-errors.js'
import { safeCause } from '../errors/safe-cause.js'
import type { SendSmsError } from '../errors/send-sms-error.js'
import { redactSecrets } from '../settings/redact-secrets.js'
import type { Api } from './create-api.js'
import { neverReachedProvider } from './never-reached.js'
import type { ApiParams, ApiQueryParams, GetPath, PostPath } from './sent-paths.js'
import { sendWire, type WireRequest } from './wire-request.js'

// setTimeout fires at once for delays past 2^31-1 ms; treat those as "no timeout".
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Where a call goes and what it carries: GET sends scalar `params` as a query string, to a
 * path that answers GET; POST sends `params`, lists included, as one JSON body.
 * @example
 * const route: ApiRoute = { path: ENDPOINTS.getbalance.path, method: 'GET', params: { apikey: 'k' } }
 */
export type ApiRoute =
  | { path: GetPath; method: 'GET'; params: ApiQueryParams }
  | { path: PostPath; method: 'POST'; params: ApiParams }

/**
 * How a call is made, whatever its route: its time limit, the caller's signal, and the
 * values no error may show.
 * @example
 * const options: CallOptions = { timeoutMs: 30_000, signal: undefined, secrets: [apiKey] }
 */
export interface CallOptions {
  /** @unit milliseconds */
  timeoutMs: number
  signal: AbortSignal | undefined
  /** Masked in every error message and cause (the API key); blank entries are ignored. */
  secrets: readonly (string | undefined)[]
  /** Called with the request as it is handed to fetch (for the client's hooks). */
  onSend?: ((request: WireRequest) => void) | undefined
}

/**
 * One call: where, how, with what, and the values no error may show.
 * @example
 * const call: ApiCall = { path: ENDPOINTS.sendsms.path, method: 'GET', params: { apikey: 'k' }, timeoutMs: 30_000, signal: undefined, secrets: ['k'] }
 */
export type ApiCall = ApiRoute & CallOptions

/** The answer before it is read: HTTP status and body text ('' when none). */
export interface RawAnswer {
  status: number
  text: string
}

/**
 * A query of strings: numbers as their decimal text (all digits, never an exponent),
 * booleans as `true` or `false`.
 * @example
 * toQuery({ mobile: '254712345678', timeToSend: 1914505200 }) // { mobile: '254712345678', timeToSend: '1914505200' }
 * toQuery({ hashed: true }) // { hashed: 'true' }
 */
export function toQuery(params: ApiQueryParams): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    query[name] = typeof value === 'number' ? integerText(value) : String(value)
  }
  return query
}

/**
 * Performs one HTTP call and returns the answer's status and text.
 * @example
 * const { status, text } = await callApi(api, { path: ENDPOINTS.sendsms.path, method: 'POST', params, timeoutMs: 30_000, signal: undefined, secrets: [apiKey] })
 */
export async function callApi(api: Api, call: ApiCall): Promise<RawAnswer> {
  const { secrets } = call
  if (call.signal?.aborted) throw abortError(call.signal.reason, secrets, false)
  // Whether fetch was called: from then on the request may have reached the provider.
  let sent = false
  const controller = new AbortController()
  // Rejected by whoever aborts, rather than by a listener on the controller's signal:
  // a listener plus its promise per send was measurable on the client's hot path.
  let fail: (reason: unknown) => void = () => {}
  const failed = new Promise<never>((_, reject) => {
    fail = reject
  })
  const abort = (reason?: unknown): void => {
    controller.abort(reason)
    fail(controller.signal.reason)
  }
  let timedOut = false
  const timer =
    call.timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true
          abort()
        }, call.timeoutMs)
      : undefined
  const onAbort = (): void => abort(call.signal?.reason)
  call.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    // parseAs 'text': the body is parsed by the caller, which can then report a bad body
    // together with the HTTP status instead of a bare SyntaxError.
    const init = {
      signal: controller.signal,
      parseAs: 'text' as const,
      headers: api.headers,
      fetch: (request: Request): Promise<Response> => {
        const wire = request as unknown as WireRequest
        sent = true
        call.onSend?.(wire)
        return sendWire(wire, api.fetch)
      },
    }
    const sending =
      call.method === 'POST'
        ? api.client.POST(call.path, { ...init, body: call.params })
        : api.client.GET(call.path, { ...init, params: { query: toQuery(call.params) } })
    // Raced against the abort itself: a custom fetch (an in-process app, a test double)
    // may ignore the signal, and the timeout must hold all the same.
    const { response, data } = await Promise.race([sending, failed])
    return { status: response.status, text: typeof data === 'string' ? data : '' }
  } catch (cause) {
    if (timedOut) {
      throw new TimeoutError(`No answer from the SMS API within ${call.timeoutMs} ms`, {
        cause: safeCause(cause, secrets),
      })
    }
    if (call.signal?.aborted) throw abortError(call.signal.reason, secrets, sent)
    throw new ConnectionError(`Could not reach the SMS API (${describe(cause, secrets)})`, {
      cause: safeCause(cause, secrets),
      mayHaveBeenSent: sent && !neverReachedProvider(cause),
    })
  } finally {
    clearTimeout(timer)
    call.signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * The error for a caller's signal that aborted with `reason`: a `TimeoutError` for
 * `AbortSignal.timeout()`, else a `RequestAbortedError` saying whether the request had
 * been handed to fetch (`sent`) before the abort.
 * @example
 * throw abortError(signal.reason, [apiKey], false) // RequestAbortedError, mayHaveBeenSent: false
 */
export function abortError(
  reason: unknown,
  secrets: ApiCall['secrets'],
  sent: boolean,
): SendSmsError {
  const cause = safeCause(reason, secrets)
  // AbortSignal.timeout() aborts with a DOMException named TimeoutError.
  if (isNamed(reason, 'TimeoutError')) {
    return new TimeoutError("No answer from the SMS API before the caller's signal timed out", {
      cause,
      mayHaveBeenSent: sent,
    })
  }
  return new RequestAbortedError("The request was aborted by the caller's signal", {
    cause,
    mayHaveBeenSent: sent,
  })
}

function isNamed(value: unknown, name: string): boolean {
  // A caller may abort with any reason, `null` included.
  return (value as { name?: unknown } | null | undefined)?.name === name
}

// fetch failures nest the useful part ("connect ECONNREFUSED 127.0.0.1:4010") in a
// cause; messages are masked because some fetch implementations quote the URL.
function describe(cause: unknown, secrets: ApiCall['secrets']): string {
  const parts: string[] = []
  let current: unknown = cause
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    if (current.message) parts.push(redactSecrets(current.message, secrets))
    current = current.cause
  }
  return parts.length > 0 ? parts.join(': ') : 'network error'
}
