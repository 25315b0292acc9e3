/**
 * @module
 * Sets variables of the real `process.env` for one test (undone by `vi.unstubAllEnvs()`),
 * to prove which environment the client reads.
 */
import { vi } from 'vitest'

/**
 * ADVANTA_* values no test passes on purpose: one of them in a request means the client
 * read `process.env`.
 * @example
 * stubProcessEnv(PROCESS_ENV)
 */
export const PROCESS_ENV = Object.freeze({
  ADVANTA_BASE_URL: 'http://process.test',
  ADVANTA_API_KEY: 'process-key',
  ADVANTA_PARTNER_ID: '999',
  ADVANTA_SHORTCODE: 'PROCESS',
})

/**
 * Stubs each variable of `values` in `process.env`.
 * @example
 * stubProcessEnv({ ADVANTA_API_KEY: 'process-key' })
 * afterEach(() => vi.unstubAllEnvs())
 */
export function stubProcessEnv(values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value)
}
