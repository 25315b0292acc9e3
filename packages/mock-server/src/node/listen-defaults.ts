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
