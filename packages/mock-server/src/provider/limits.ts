/**
 * @module
 * How much of a request the mock reads, the same on every transport. Bounds keep memory
 * flat whatever a client sends; past them the request is answered in the API's own way
 * (1009) rather than with an empty HTTP error.
 */

/**
 * The largest body a provider endpoint reads; more is answered 1009.
 * @example
 * body.length > MAX_BODY_BYTES // 1009
 */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * The largest query string a provider endpoint reads; more is answered 1009, as a body
 * over its limit is. A GET of thousands of numbers is read, and answered 1104 as the
 * rules say.
 * @example
 * query.length > MAX_QUERY_BYTES // 1009
 */
export const MAX_QUERY_BYTES = 1024 * 1024

/**
 * The largest body a control endpoint (`/__mock/*`) reads; more is answered HTTP 413.
 * @example
 * body.length > MAX_CONTROL_BODY_BYTES // 413
 */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024

/**
 * How much of an oversized body is still read, and thrown away, before the answer is sent.
 * A server that answers and closes while the client is still sending makes the client's
 * TCP stack discard the answer (the close becomes a reset), so the rest of a body up to
 * this size is drained first; past it the connection is closed at once.
 * @example
 * received > MAX_DRAINED_BYTES // answer and close without reading on
 */
export const MAX_DRAINED_BYTES = 8 * 1024 * 1024

/**
 * A body as read within the limits: its bytes (none for no body), or `tooLarge`.
 * @example
 * const read: BodyRead = { tooLarge: false, bytes: new TextEncoder().encode('{}') }
 */
export type BodyRead = { tooLarge: false; bytes: Uint8Array | undefined } | { tooLarge: true }
