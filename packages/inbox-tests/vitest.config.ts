import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each test file drives its own Chromium, a child process: forks, not threads.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
