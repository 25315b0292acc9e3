/**
 * Test support: loads, once per test file and while the file is collected, the modules that
 * `runCli` imports only on demand (the commands, the client, the numbering plan, colours,
 * the progress bar, the mock's CLI).
 *
 * Why: collection has no time limit, a test has 5 s. A test whose run is the first to reach
 * `import('@sendsms/client/numbers')` pays for transforming and loading that module graph,
 * which on a loaded CI machine took longer than 5 s; the next test awaiting the same pending
 * import timed out too. Loaded here, the on-demand imports in `src/` find the modules
 * cached, and each test's time is its own work. `@sendsms/pact` is left to the pact tests:
 * it loads Pact's native library, which only they need.
 *
 * Imported for its effect by `capture-io.ts`, which every in-process run goes through.
 */
await Promise.all([
  import('../commands/send.js'),
  import('../commands/bulk.js'),
  import('../commands/otp.js'),
  import('../commands/balance.js'),
  import('../commands/status.js'),
  import('../commands/drift.js'),
  import('../commands/mock.js'),
  import('../commands/pact.js'),
  import('../commands/config.js'),
  import('../commands/completion.js'),
  import('../commands/drift-help.js'),
  import('@sendsms/client'),
  import('@sendsms/client/numbers'),
  import('@sendsms/mock-server/cli'),
  import('@sendsms/mock-server/usage'),
  import('picocolors'),
  import('cli-progress'),
])

export {}
