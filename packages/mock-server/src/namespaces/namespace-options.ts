/**
 * @module
 * The bounds of namespaces: how many may exist at once, how long an idle one is kept, and
 * the byte budget of each one's journals. Together they bound the memory of every
 * namespace, whatever the traffic: at most `limit × (4 × journalBytes + the fixed cost of
 * a mock)`, about 80 MiB with the defaults (README, "Namespaces").
 */

/**
 * Options of namespaces, on `createMock` and `startMockServer`.
 * @example
 * createMock({ namespaceLimit: 32, namespaceIdleMs: 60_000 })
 */
export interface NamespaceOptions {
  /**
   * Namespaces that may exist at once; a request that would create one more is answered
   * HTTP 503 `namespace_limit`. `0` turns namespaces off. Default 256.
   */
  namespaceLimit?: number
  /**
   * How long a namespace nobody uses is kept, in real time (`now`); then it is closed and
   * its state let go, and its name starts afresh on next use. Default 900 000 (15 min).
   * @unit milliseconds
   */
  namespaceIdleMs?: number
  /**
   * Memory each journal of one namespace may hold (its messages, its requests, its
   * recorded callback attempts and its pending callbacks), estimated; the oldest go first past it. The root
   * mock's own journals keep `journalBytes` and `callbacks`. Default 65 536 (64 KiB).
   * @unit bytes
   */
  namespaceJournalBytes?: number
}

/**
 * The namespace options with every default filled in.
 * @example
 * const settings: NamespaceSettings = namespaceSettings({})
 */
export interface NamespaceSettings {
  readonly limit: number
  readonly idleMs: number
  readonly journalBytes: number
}

/**
 * The defaults of namespaces.
 * @example
 * NAMESPACE_DEFAULTS.limit // 256
 */
export const NAMESPACE_DEFAULTS: NamespaceSettings = Object.freeze({
  limit: 256,
  idleMs: 15 * 60_000,
  journalBytes: 64 * 1024,
})

function whole(name: string, value: number | undefined, fallback: number, least: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < least) {
    throw new TypeError(`${name} must be an integer >= ${least}`)
  }
  return value
}

/**
 * Checks the options and fills in the defaults; throws a TypeError naming a bad one.
 * @example
 * namespaceSettings({ namespaceLimit: 8 }) // { limit: 8, idleMs: 900000, journalBytes: 65536 }
 */
export function namespaceSettings(options: NamespaceOptions): NamespaceSettings {
  const { limit, idleMs, journalBytes } = NAMESPACE_DEFAULTS
  return Object.freeze({
    limit: whole('namespaceLimit', options.namespaceLimit, limit, 0),
    idleMs: whole('namespaceIdleMs', options.namespaceIdleMs, idleMs, 1),
    journalBytes: whole('namespaceJournalBytes', options.namespaceJournalBytes, journalBytes, 0),
  })
}
