import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Pact's native core does not tolerate worker threads.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
