#!/usr/bin/env node
/**
 * @module
 * The `sendsms-mock` command: runs the mock until SIGINT/SIGTERM. Usage errors are
 * printed without a stack (exit 2); anything else, such as a port in use, exits 1.
 */
import { MockUsageError } from './cli/mock-usage-error.js'
import { runMockCli } from './cli/run-mock-cli.js'

try {
  const running = await runMockCli(process.argv.slice(2))
  const stop = (): void => {
    running.close().then(
      () => {
        process.exitCode = 0
      },
      (error: unknown) => {
        process.stderr.write(`sendsms-mock: ${(error as Error).message}\n`)
        process.exitCode = 1
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  if (error instanceof MockUsageError) {
    const write = error.exitCode === 0 ? process.stdout : process.stderr
    write.write(`${error.message}\n`)
    process.exitCode = error.exitCode
  } else {
    process.stderr.write(`sendsms-mock: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
