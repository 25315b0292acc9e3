/**
 * Public API of @sendsms/cli: run the `sendsms` command in-process and its exit codes.
 */
export type { CliIo } from './cli-io.js'
export type { ExitCode } from './exit-codes.js'
export { EXIT_CODES } from './exit-codes.js'
export { runCli } from './run-cli.js'
