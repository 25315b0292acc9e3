/**
 * @module
 * `@sendsms/mock-server/cli`: the mock's command line as functions, for tools that embed
 * it (the `sendsms mock` command does). Re-exports only.
 */
export { mockBanner } from './banner.js'
export { MockUsageError } from './mock-usage-error.js'
export {
  type MockCliArgs,
  parseAccountFlag,
  parseMockArgs,
  readAccountsFile,
} from './parse-mock-args.js'
export { type MockCliIo, runMockCli } from './run-mock-cli.js'
export { mockCliUsage } from './usage.js'
