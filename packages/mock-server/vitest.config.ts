import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // `globalThis.gc`, so the memory tests can collect garbage before reading the heap
    // (src/namespaces/namespace-memory.test.ts) instead of guessing around it.
    execArgv: ['--expose-gc'],
  },
})
