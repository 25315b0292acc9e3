/**
 * @module
 * Checks the transport's options before any call, so a bad `baseUrl` or `timeoutMs` fails
 * with an `InvalidRequestError` naming it, and nothing is sent.
 */
import { InvalidRequestError } from '../errors/request-errors.js'
import type { ResolvedOptions } from '../options.js'

/**
 * Validates the client's transport options; throws `InvalidRequestError` for `baseUrl`
 * (not an absolute http(s) URL) or `timeoutMs` (not a positive number). A blank `baseUrl`
 * never gets here: it resolves to `ADVANTA_BASE_URL` or the default.
 * @example
 * checkTransport({ ...resolveOptions(), baseUrl: '/api' }) // throws InvalidRequestError('baseUrl')
 */
export function checkTransport(options: Pick<ResolvedOptions, 'baseUrl' | 'timeoutMs'>): void {
  checkBaseUrl(options.baseUrl)
  checkTimeoutMs(options.timeoutMs)
}

/**
 * Throws `InvalidRequestError('baseUrl')` unless `baseUrl` is an absolute http(s) URL.
 * Checked before any request because a bad URL would otherwise fail inside
 * `new Request(...)`, whose message quotes the whole URL, apikey included.
 * @example
 * checkBaseUrl('/api') // throws InvalidRequestError('baseUrl')
 */
export function checkBaseUrl(baseUrl: string): void {
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new InvalidRequestError('baseUrl', 'baseUrl must be an absolute http(s) URL')
  }
}

/**
 * Throws `InvalidRequestError('timeoutMs')` unless `timeoutMs` is a positive number of
 * milliseconds (`Infinity` included): the client's option, or a call's own.
 * @example
 * checkTimeoutMs(0) // throws InvalidRequestError('timeoutMs')
 */
export function checkTimeoutMs(timeoutMs: unknown): void {
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidRequestError(
      'timeoutMs',
      'timeoutMs must be a positive number of milliseconds',
    )
  }
}
