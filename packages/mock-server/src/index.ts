/**
 * @module
 * `@sendsms/mock-server`: an offline mock of the Advanta send-SMS API. Re-exports only.
 */
export {
  CODE_DESCRIPTIONS,
  type MockQuirks,
  type RowAnswer,
  type RowsAnswer,
  type SendSmsAnswer,
  type TopLevelAnswer,
} from './answers.js'
export { mockBanner } from './cli/banner.js'
export { MockUsageError } from './cli/mock-usage-error.js'
export {
  type MockCliArgs,
  parseAccountFlag,
  parseMockArgs,
  readAccountsFile,
} from './cli/parse-mock-args.js'
export { type MockCliIo, runMockCli } from './cli/run-mock-cli.js'
export { MOCK_CLI_USAGE } from './cli/usage.js'
export { createMock, type Mock, type MockOptions } from './create-mock.js'
export { type PublicAccount, publicAccount } from './routes/control.js'
export { messageParts } from './rules/credit.js'
export {
  classifyNumber,
  NETWORKS,
  type NumberVerdict,
  networkOf,
  toKenyanMsisdn,
} from './rules/numbers.js'
export { parseTimeToSend, type ScheduleVerdict } from './rules/schedule.js'
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningMock,
  type StartOptions,
  startMockServer,
} from './server.js'
export { type AccountStore, type MockAccount, SANDBOX_ACCOUNT } from './state/accounts.js'
export type { FaultInput, FaultQueue, PendingFault } from './state/faults.js'
export type { Journal, JournalEntry, JournalFilter } from './state/journal.js'
