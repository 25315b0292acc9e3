/**
 * @module
 * The suite hooks `useMockServer` registers with: given, or found on `globalThis` where Jest
 * (and vitest with `globals: true`) put them.
 */

/**
 * A hook registrar as Jest, vitest, mocha (`before`/`after` aside) and node:test take one.
 * @example
 * const hook: SuiteHook = beforeAll
 */
export type SuiteHook = (fn: () => unknown, timeout?: number) => unknown

/**
 * The three hooks a suite's mock needs.
 * @example
 * import { afterAll, beforeAll, beforeEach } from 'vitest'
 * const hooks: SuiteHooks = { beforeAll, beforeEach, afterAll }
 */
export interface SuiteHooks {
  beforeAll: SuiteHook
  beforeEach: SuiteHook
  afterAll: SuiteHook
}

const HOOK_NAMES = ['beforeAll', 'beforeEach', 'afterAll'] as const

/**
 * The given hooks, else the runner's globals; a TypeError naming the missing one otherwise.
 * @example
 * suiteHooks(undefined) // Jest's beforeAll, beforeEach, afterAll
 */
export function suiteHooks(given: SuiteHooks | undefined): SuiteHooks {
  if (given) return given
  const scope = globalThis as Partial<Record<(typeof HOOK_NAMES)[number], unknown>>
  for (const name of HOOK_NAMES) {
    if (typeof scope[name] !== 'function') {
      throw new TypeError(
        `useMockServer: no global ${name}; pass the hooks: useMockServer({ hooks: { beforeAll, beforeEach, afterAll } }) (vitest without globals: import them from 'vitest')`,
      )
    }
  }
  return scope as SuiteHooks
}
