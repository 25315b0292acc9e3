import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each test starts a runtime (or a browser) as a child process; the first start of one
    // reads a 100 MB binary from disk.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
