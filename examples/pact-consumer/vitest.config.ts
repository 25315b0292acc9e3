import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Pact's native core does not tolerate worker threads.
    pool: 'forks',
    // The consumer test files write one pact file, which Pact merges by reading and writing
    // it back with no lock: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Pact's core reports usage metrics over the network unless told not to; tests run offline.
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
})
