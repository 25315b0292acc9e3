/**
 * @module
 * The vitest config Stryker runs the tests with (`pnpm mutation`), never `pnpm test`. Under
 * Stryker's instrumentation every test runs several times slower, and one that times out in
 * its first run stops the whole run, so the limits are far above what a test needs. Every
 * test of src/ runs but those that spawn the built dist/bin.js (bin.test.ts, *.bin.test.ts,
 * drift-bin.test.ts, the pseudo-terminal tests *.pty.test.ts, readme-in-clone.test.ts): Stryker does not mutate dist/,
 * so they could kill no mutant and would only cost time.
 */
import { configDefaults, defineConfig } from 'vitest/config'

// Stryker runs the tests in worker threads, where setting process.env.TZ (as
// send-at-zone.test.ts does) changes nothing: only the main thread re-reads the zone. Set
// here, in the main thread before any worker starts, it holds for every test, so the tests of
// --at still run far from East Africa as they mean to.
process.env.TZ = 'America/New_York'
// The tests written over both ways of running sendsms (testing/ways-to-run.ts) run in process
// only: the built binary is not what Stryker mutates.
process.env.SENDSMS_CLI_TEST_WAYS = 'in-process'

// run-cli.ts imports each command only when it runs (so `sendsms --help` stays fast). Stryker
// then credits the code at the top of those modules (flag tables, hints, the advice per
// code) to whichever test happened to load them first, and tries each such mutant against
// that one test alone. Loaded here, before any test, that code counts as run by every test,
// and each of its mutants is tried against all of them.
const LAZY_COMMANDS = ['send', 'bulk', 'otp', 'balance', 'status', 'mock', 'drift'].map(
  (command) => `src/commands/${command}.ts`,
)

// biome-ignore lint/style/noDefaultExport: vitest reads its config from the default export.
export default defineConfig({
  test: {
    exclude: [
      ...configDefaults.exclude,
      'src/bin.test.ts',
      'src/**/*.bin.test.ts',
      'src/commands/drift-bin.test.ts',
      'src/**/*.pty.test.ts',
      'src/readme-in-clone.test.ts',
      // Runs scripts/write-version.mjs from the repository, which the sandbox copy lacks.
      'src/commands/version-file.test.ts',
    ],
    setupFiles: LAZY_COMMANDS,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
