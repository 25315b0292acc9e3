import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Pact's native core does not tolerate worker threads.
    pool: 'forks',
    // One test file at a time. Every consumer test file of a consumer writes the same pact
    // file, and Pact merges by reading the file, merging and writing it back, with no lock
    // held across the three steps between processes: two forks writing at once each keep
    // only their own new interactions, so the other's are lost without an error.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Pact's core reports usage metrics over the network unless told not to; tests run offline.
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
})
