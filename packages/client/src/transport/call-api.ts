/**
 * @module
 * The transport: one HTTP call to a path of the API, returning the raw status and body
 * text. It knows nothing of sends: any endpoint is a path, a method and its
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
import { sendWire, WireRequest } from './wire-request.js'

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
 * The query string of a GET, `?` included (empty for no parameters): each value
 * percent-encoded, numbers as their decimal text (all digits, never an exponent),
 * booleans as `true` or `false`.
 * @example
 * queryString({ mobile: '254712345678', timeToSend: 1914505200 }) // '?mobile=254712345678&timeToSend=1914505200'
 * queryString({ hashed: true, name: 'a b' }) // '?hashed=true&name=a%20b'
 */
export function queryString(params: ApiQueryParams): string {
  let query = ''
  for (const name in params) {
    const value = params[name]
    const text = typeof value === 'number' ? integerText(value) : String(value)
    query += `${query === '' ? '?' : '&'}${encodeURIComponent(name)}=${encodeURIComponent(text)}`
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
    const wire =
      call.method === 'POST'
        ? new WireRequest(`${api.baseUrl}${call.path}`, {
            method: 'POST',
            headers: api.headers.POST,
            body: JSON.stringify(call.params),
            signal: controller.signal,
          })
        : new WireRequest(`${api.baseUrl}${call.path}${queryString(call.params)}`, {
            method: 'GET',
            headers: api.headers.GET,
            signal: controller.signal,
          })
    sent = true
    call.onSend?.(wire)
    // Raced against the abort itself: a custom fetch (an in-process app, a test double)
    // may ignore the signal, and the timeout must hold all the same. The body is read as
    // text and parsed by the caller, which can then report a bad body together with the
    // HTTP status instead of a bare SyntaxError.
    return await Promise.race([sendWire(wire, api.fetch).then(readAnswerText), failed])
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

// The status and the whole body, read (and so released) whatever the status.
async function readAnswerText(response: Response): Promise<RawAnswer> {
  return { status: response.status, text: await response.text() }
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
