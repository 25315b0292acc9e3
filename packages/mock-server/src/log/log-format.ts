/**
 * @module
 * The request log's formats: one readable line per request (`formatRequestLine`), or one
 * JSON object per line for machines (pino's format).
 */

/**
 * Every log format, the default first.
 * @example
 * LOG_FORMATS.includes('json') // true
 */
export const LOG_FORMATS = ['text', 'json'] as const

/**
 * A log format.
 * @example
 * const format: LogFormat = 'json'
 */
export type LogFormat = (typeof LOG_FORMATS)[number]
