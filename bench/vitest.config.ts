import { defineConfig } from 'vitest/config'

// The smoke run starts servers and spawns processes: generous timeouts, one file at a time.
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
