/**
 * @module
 * Where the mock listens unless told otherwise: the spec's mock server entry. Kept apart
 * from the server so the command line's help can print them without loading it.
 */
import { MOCK_BASE_URL } from '@sendsms/wire'

const DEFAULT_URL = new URL(MOCK_BASE_URL)

/**
 * Default port, the spec's mock server entry.
 * @example
 * fetch(`http://127.0.0.1:${DEFAULT_PORT}/__mock/health`)
 */
export const DEFAULT_PORT = Number(DEFAULT_URL.port)

/**
 * Default host: loopback only, so the mock is never exposed by accident.
 * @example
 * startMockServer({ host: DEFAULT_HOST })
 */
export const DEFAULT_HOST = DEFAULT_URL.hostname

/**
 * How long an idle keep-alive connection stays open, in milliseconds: node:http's own
 * default, which the answers announce as `Keep-Alive: timeout=5`.
 * @example
 * startMockServer({ keepAliveTimeout: DEFAULT_KEEP_ALIVE_TIMEOUT_MS })
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 5_000

/**
 * The longest keep-alive timeout a timer can hold (2^31 - 1 ms, about 24.8 days).
 * @example
 * MAX_KEEP_ALIVE_TIMEOUT_MS // 2147483647
 */
export const MAX_KEEP_ALIVE_TIMEOUT_MS = 2_147_483_647
