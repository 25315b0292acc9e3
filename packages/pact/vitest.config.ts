import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Pact's native core does not tolerate worker threads.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Pact's core reports usage metrics over the network unless told not to; tests run offline.
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
})
