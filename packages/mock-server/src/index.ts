/**
 * @module
 * `@sendsms/mock-server`: an offline mock of the Advanta SMS API. This entry imports
 * nothing from `node:`: the app runs in Node, browsers, Workers, Deno and Bun. The Node
 * server is `@sendsms/mock-server/node`, the command line `@sendsms/mock-server/cli`.
 * Re-exports only.
 */
export { RESPONSE_CODES } from '@sendsms/wire'
export { type PublicAccount, publicAccount } from './control/register-control.js'
export { createMock, type Mock, type MockOptions } from './create-mock.js'
export { PROVIDER_ENDPOINTS } from './endpoints/index.js'
export { formatRequestLine, type RequestLogEntry } from './log/request-log-entry.js'
export type {
  ProviderAnswer,
  RowAnswer,
  RowsAnswer,
  TopLevelAnswer,
} from './provider/answers.js'
export type { AnyEndpoint, EndpointDeclaration, EndpointParams } from './provider/endpoint.js'
export {
  MAX_BODY_BYTES,
  MAX_CONTROL_BODY_BYTES,
  MAX_QUERY_BYTES,
} from './provider/limits.js'
export { type MockQuirks, QUIRK_NAMES } from './provider/quirks.js'
export { messageParts } from './rules/message-parts.js'
export {
  classifyNumber,
  NETWORKS,
  type NumberVerdict,
  networkOf,
  toKenyanMsisdn,
} from './rules/numbers.js'
export { parseTimeToSend, type ScheduleVerdict } from './rules/schedule.js'
export {
  type AccountStore,
  DEFAULT_CREDIT,
  type MockAccount,
  SANDBOX_ACCOUNT,
} from './state/accounts.js'
export type { FaultInput, FaultQueue, PendingFault } from './state/faults.js'
export {
  DEFAULT_JOURNAL_BYTES,
  DEFAULT_JOURNAL_LIMIT,
  type Journal,
  type JournalEntry,
  type JournalFilter,
} from './state/journal.js'
