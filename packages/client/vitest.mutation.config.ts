/**
 * @module
 * The vitest config Stryker runs the tests with (`pnpm mutation`), never `pnpm test`. Under
 * Stryker's instrumentation every test runs several times slower, and one that times out in
 * its first run stops the whole run, so the limits are far above what a test needs. The
 * package's tests run, the integration tests against the mock server included, except those
 * of the built package: they load dist/ in other Node processes, which no mutant of src/
 * reaches.
 */
import { configDefaults, defineConfig } from 'vitest/config'

// Stryker runs the tests in worker threads, where `vi.stubEnv('TZ', …)` cannot move the
// time zone (a worker's `process.env` is a copy; only the main thread's resets the zone).
// Set here, in the process that starts the workers, it holds for all of them, so the
// scheduling tests still run far from East Africa, as they do under `pnpm test`.
process.env.TZ = 'America/New_York'

// biome-ignore lint/style/noDefaultExport: vitest reads its config from the default export.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'src/packaging.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
