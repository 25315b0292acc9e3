/**
 * @module
 * The namespaces of one mock: each a full mock of its own (accounts, journal, faults,
 * clock, callbacks, profile), made on first use by the same factory as the root. Memory
 * stays bounded: at most `limit` exist at once (one more is refused, never made by
 * evicting one in use), and one nobody has used for `idleMs` of real time is closed and
 * let go. Expiry is checked on each use of a namespace, on each creation and listing, and
 * by one timer (which never keeps a process alive) while any namespace exists.
 */
import type { Mock } from '../create-mock.js'
import type { MockState } from '../state/mock-state.js'
import { namespaceNameError } from './namespace-name.js'
import type { NamespaceSettings } from './namespace-options.js'

/**
 * One namespace as listed (`GET /__mock/namespaces`, `mock.namespaces.list()`). Never
 * its accounts: they hold apikeys.
 * @example
 * const info: NamespaceInfo = { name: 'ci-job-42', createdAt: '2030-01-01T09:00:00.000Z', lastUsedAt: '2030-01-01T09:00:05.000Z', messages: 3 }
 */
export interface NamespaceInfo {
  name: string
  /** When its first request came, in real time (ISO 8601). */
  createdAt: string
  /** When its last request came or ended, in real time (ISO 8601). */
  lastUsedAt: string
  /** Messages its journal holds. */
  messages: number
}

/**
 * The namespaces of a mock, in-process (`mock.namespaces`).
 * @example
 * const job = mock.namespaces.get('ci-job-42') // a Mock of its own, made on first use
 * job.faults.push({ code: 4090 }) // only requests under /ns/ci-job-42/ see it
 * mock.namespaces.delete('ci-job-42')
 */
export interface MockNamespaces {
  /**
   * The namespace's mock, made when it does not exist; counts as a use. Throws a TypeError
   * for a bad name and a RangeError when `limit` namespaces are in use. Using the returned
   * mock directly is not a use: call `get` again after a long pause.
   */
  get(name: string): Mock
  /** The namespace's mock if it exists, without making it or counting a use. */
  find(name: string): Mock | undefined
  /** Every namespace, oldest first. */
  list(): NamespaceInfo[]
  /** Closes a namespace and lets its state go; false when there was none. */
  delete(name: string): boolean
  /** Namespaces that exist now. */
  readonly size: number
  /** Namespaces let go after `idleMs` without use, since the mock was made. */
  readonly expired: number
  /** Requests refused because `limit` namespaces were in use. */
  readonly refused: number
  /** The bounds in force. */
  readonly settings: NamespaceSettings
}

/**
 * One live namespace.
 * @example
 * const ns: Namespace | undefined = registry.enter('ci-job-42')
 */
export interface Namespace {
  readonly name: string
  readonly mock: Mock
  readonly state: MockState
  readonly createdAt: number
  lastUsedAt: number
  /** Requests under way; a namespace with any is never let go for idleness. */
  active: number
}

/**
 * The registry behind `mock.namespaces`, with what the transports need.
 * @example
 * const ns = registry.enter('ci-job-42')
 * if (ns) try { … } finally { registry.leave(ns) }
 */
export interface NamespaceRegistry extends MockNamespaces {
  /**
   * The namespace for a request that begins now (made when needed), or undefined when
   * `limit` namespaces are in use (counted in `refused`). The name must be a good one.
   */
  enter(name: string): Namespace | undefined
  /** The request begun with `enter` has ended. */
  leave(namespace: Namespace): void
  /** One namespace as listed, if it exists. */
  info(name: string): NamespaceInfo | undefined
  /** Every live namespace, oldest first, without counting a use (the inbox reads them all). */
  live(): Namespace[]
  /** The message of a refusal for the limit. */
  limitMessage(): string
  /** Closes every namespace and stops the timer. */
  close(): Promise<void>
}

/**
 * What the registry makes a namespace with.
 * @example
 * const made: MadeNamespace = createMockWithState(options, 'ci-job-42')
 */
export interface MadeNamespace {
  mock: Mock
  state: MockState
}

// The timer looks at most this often, so an idle server lets namespaces go within a
// minute of their expiry at no cost worth measuring (a pass over at most `limit` entries).
const MAX_SWEEP_MS = 60_000

/**
 * Creates the registry. `make` builds a namespace's mock; `now` is the real time in ms.
 * @example
 * const registry = createNamespaceRegistry(namespaceSettings({}), (name) => createMockWithState(options, name), Date.now)
 */
export function createNamespaceRegistry(
  settings: NamespaceSettings,
  make: (name: string) => MadeNamespace,
  now: () => number,
): NamespaceRegistry {
  const live = new Map<string, Namespace>()
  const closing = new Set<Promise<void>>()
  let expired = 0
  let refused = 0
  let timer: ReturnType<typeof setInterval> | undefined

  const stopTimerIfEmpty = (): void => {
    if (live.size === 0 && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  }
  const drop = (namespace: Namespace): void => {
    live.delete(namespace.name)
    const done: Promise<void> = namespace.mock
      .close()
      .catch(() => {})
      .finally(() => closing.delete(done))
    closing.add(done)
    stopTimerIfEmpty()
  }
  const idle = (namespace: Namespace, at: number): boolean =>
    namespace.active === 0 && at - namespace.lastUsedAt >= settings.idleMs
  const sweep = (at: number): void => {
    for (const namespace of live.values()) {
      if (idle(namespace, at)) {
        drop(namespace)
        expired++
      }
    }
  }
  const startTimer = (): void => {
    if (timer !== undefined) return
    timer = setInterval(() => sweep(now()), Math.min(settings.idleMs, MAX_SWEEP_MS))
    // Node and Bun: the timer never keeps the process alive. Browsers have no unref.
    ;(timer as { unref?: () => void }).unref?.()
  }
  const current = (name: string, at: number): Namespace | undefined => {
    const found = live.get(name)
    if (found === undefined || !idle(found, at)) return found
    drop(found)
    expired++
    return undefined
  }
  const infoOf = (namespace: Namespace): NamespaceInfo => ({
    name: namespace.name,
    createdAt: new Date(namespace.createdAt).toISOString(),
    lastUsedAt: new Date(namespace.lastUsedAt).toISOString(),
    messages: namespace.state.journal.size,
  })
  const limitMessage = (): string =>
    `At most ${settings.limit} namespaces may exist at once and that many are in use. ` +
    `One is let go after ${settings.idleMs} ms without a request, or at once with ` +
    'DELETE /__mock/namespaces/{name}; namespaceLimit (--namespace-limit) raises the limit.'

  const enter = (name: string): Namespace | undefined => {
    const at = now()
    let namespace = current(name, at)
    if (namespace === undefined) {
      sweep(at)
      if (live.size >= settings.limit) {
        refused++
        return undefined
      }
      const { mock, state } = make(name)
      namespace = { name, mock, state, createdAt: at, lastUsedAt: at, active: 0 }
      live.set(name, namespace)
      startTimer()
    }
    namespace.lastUsedAt = at
    namespace.active++
    return namespace
  }
  const leave = (namespace: Namespace): void => {
    namespace.active--
    namespace.lastUsedAt = now()
  }

  return {
    enter,
    leave,
    get: (name) => {
      const wrong = namespaceNameError(name)
      if (wrong !== undefined) throw new TypeError(wrong)
      const namespace = enter(name)
      if (namespace === undefined) throw new RangeError(limitMessage())
      leave(namespace)
      return namespace.mock
    },
    find: (name) => current(name, now())?.mock,
    list: () => {
      sweep(now())
      return [...live.values()].map(infoOf)
    },
    live: () => {
      sweep(now())
      return [...live.values()]
    },
    info: (name) => {
      const namespace = current(name, now())
      return namespace && infoOf(namespace)
    },
    delete: (name) => {
      const namespace = live.get(name)
      if (namespace === undefined) return false
      drop(namespace)
      return true
    },
    get size() {
      return live.size
    },
    get expired() {
      return expired
    },
    get refused() {
      return refused
    },
    settings,
    limitMessage,
    close: async () => {
      for (const namespace of [...live.values()]) drop(namespace)
      await Promise.all([...closing])
    },
  }
}
