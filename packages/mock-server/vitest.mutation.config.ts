/**
 * @module
 * The vitest config Stryker runs (stryker.config.json): only the test files that exercise
 * the mutated code (the rules, the endpoint layer and serveProvider, profiles), with
 * timeouts long enough for tests that run several times slower under Stryker's
 * instrumentation; a test that timed out in Stryker's first run would stop it before any
 * mutant is tried. `src/hostile-input.test.ts` is left out: its journal of 900 KB messages
 * takes most of a whole run under instrumentation and tests the journal, which is not
 * mutated. `pnpm test` runs every test file with vitest's own defaults.
 */
import { defineConfig } from 'vitest/config'

// biome-ignore lint/style/noDefaultExport: vitest reads its config from the default export
export default defineConfig({
  test: {
    include: [
      'src/rules/**/*.test.ts',
      'src/endpoints/**/*.test.ts',
      'src/provider/**/*.test.ts',
      'src/node/transports-agree.test.ts',
      'src/create-mock.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
