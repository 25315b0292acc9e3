import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // `globalThis.gc`, so the memory tests can collect garbage before reading the heap
    // (src/namespaces/namespace-memory.test.ts) instead of guessing around it.
    execArgv: ['--expose-gc'],
    // A hang guard, not a speed limit (no test here times anything): the tests over a million
    // journal entries or many namespaces take about 2 s on a quiet 2-core machine, close
    // enough to vitest's 5 s default to fail on a loaded CI machine for no fault of the mock.
    testTimeout: 30_000,
  },
})
