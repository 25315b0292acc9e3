/**
 * @module
 * What every endpoint method shares: one call through the client's transport,
 * with its transport checks, its timeout, its retries, the client's hooks and the API key
 * masked in every error and event. Bound once by `createClient`, so a method only says
 * where it calls and with what.
 */
import { ConnectionError } from '../errors/request-errors.js'
import type { SendSmsError } from '../errors/send-sms-error.js'
import { callHook } from '../hooks/call-hook.js'
import { requestEvent } from '../hooks/redact-request.js'
import type { RequestEvent } from '../hooks/types.js'
import type { ResolvedOptions } from '../options.js'
import { backoffMs } from '../retry/backoff.js'
import { tryLaterError } from '../retry/try-later.js'
import { waitFor } from '../retry/wait.js'
import { type ApiRoute, abortError, callApi, type RawAnswer } from './call-api.js'
import { checkTransport } from './check-transport.js'
import { type Api, createApi } from './create-api.js'
import type { WireRequest } from './wire-request.js'

/**
 * One call as an endpoint method makes it: its route, the caller's signal and, when the
 * caller gave one, the time limit of this call (else the client's `timeoutMs` applies).
 * @example
 * const call: EndpointCall = { path: ENDPOINTS.getbalance.path, method: 'POST', params, signal: undefined, timeoutMs: 5_000 }
 */
export type EndpointCall = ApiRoute & {
  signal: AbortSignal | undefined
  /** @unit milliseconds */
  timeoutMs?: number | undefined
}

/**
 * Makes one call with the client's settings and returns the raw answer.
 * @example
 * const { status, text } = await call({ path: ENDPOINTS.getbalance.path, method: 'GET', params, signal })
 */
export type CallEndpoint = (call: EndpointCall) => Promise<RawAnswer>

// One attempt's outcome: an answer, or the error it failed with.
type Outcome = { answer: RawAnswer } | { error: unknown }

async function attempt(
  api: Api,
  options: ResolvedOptions,
  call: EndpointCall & { timeoutMs: number },
  number: number,
): Promise<Outcome> {
  const secrets = [options.apiKey]
  const { clock, hooks } = options
  let sent: { event: RequestEvent; at: number } | undefined
  // The redacted copy of the request is only made for a hook that reads it: redacting a
  // 1000-number body on every request was a visible share of the client's time.
  const onSend =
    hooks.onRequest || hooks.onResponse
      ? (wire: WireRequest): void => {
          sent = { event: requestEvent(wire, number, secrets), at: clock.now() }
          callHook(hooks.onRequest, sent.event)
        }
      : undefined
  try {
    const answer = await callApi(api, { ...call, secrets, onSend })
    if (sent) {
      const durationMs = clock.now() - sent.at
      callHook(hooks.onResponse, { ...sent.event, status: answer.status, durationMs })
    }
    return { answer }
  } catch (error) {
    return { error }
  }
}

// Why and how long to wait before trying again after attempt `number`, or `undefined` if
// it must not be retried: only a failure that cannot have reached the provider, or a 4090
// the caller opted into. Nothing that may have reached the provider is retried.
function retryAfter(
  outcome: Outcome,
  number: number,
  options: ResolvedOptions,
): { error: SendSmsError; delayMs: number } | undefined {
  if (number > options.maxRetries) return undefined
  if ('error' in outcome) {
    const { error } = outcome
    if (!(error instanceof ConnectionError) || error.mayHaveBeenSent) return undefined
    return { error, delayMs: backoffMs(number, () => options.clock.random()) }
  }
  const error = options.retryTryLater ? tryLaterError(outcome.answer) : undefined
  return error && { error, delayMs: error.retryAfterSeconds * 1000 }
}

/**
 * Binds the transport to resolved options. `baseUrl` and `timeoutMs` are checked at each
 * call, not here, so `createClient` never throws and each method rejects instead. A call is
 * tried again, up to `maxRetries` times, only when it cannot have reached the provider (or,
 * with `retryTryLater`, when it was answered 4090); each attempt has the full `timeoutMs`.
 * @example
 * const call = bindCall(resolveOptions({ baseUrl: 'http://127.0.0.1:4010', env: false }))
 */
export function bindCall(options: ResolvedOptions): CallEndpoint {
  const api = createApi(options)
  return async (call) => {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs
    checkTransport({ baseUrl: options.baseUrl, timeoutMs })
    for (let number = 1; ; number++) {
      const outcome = await attempt(api, options, { ...call, timeoutMs }, number)
      const retry = retryAfter(outcome, number, options)
      if (retry === undefined) {
        if ('error' in outcome) throw outcome.error
        return outcome.answer
      }
      callHook(options.hooks.onRetry, { attempt: number + 1, ...retry })
      // Every attempt so far failed without reaching the provider (or was refused by it),
      // so an abort during the wait is one before anything was sent.
      if (!(await waitFor(options.clock, retry.delayMs, call.signal))) {
        throw abortError(call.signal?.reason, [options.apiKey], false)
      }
    }
  }
}
