/**
 * @module
 * `@sendsms/mock-server`: an offline mock of the Advanta SMS API. This entry imports
 * nothing from `node:`: the app runs in Node, browsers, Workers, Deno and Bun. The Node
 * server is `@sendsms/mock-server/node`, the command line `@sendsms/mock-server/cli`.
 * Re-exports only.
 */
export { RESPONSE_CODES } from '@sendsms/wire'
export type { CallbackAttempt } from './callbacks/callback-attempts.js'
export type { DeliveryCallbackBody } from './callbacks/callback-body.js'
export { CALLBACK_DEFAULTS, type CallbackOptions } from './callbacks/callback-options.js'
export type { CallbackLog } from './callbacks/callback-queue.js'
export { type PublicAccount, publicAccount } from './control/register-control.js'
export { createMock, type Mock, type MockOptions } from './create-mock.js'
export { PROVIDER_ENDPOINTS } from './endpoints/index.js'
export { FAULT_HEADER } from './faults/fault-header.js'
export { FAULT_NUMBERS, type FaultNumber } from './faults/fault-numbers.js'
export {
  type CodeFaultInput,
  FAULT_KINDS,
  type FaultKind,
  type FaultSelection,
  type HangFaultInput,
  type HttpFaultInput,
  type LatencyFaultInput,
  MAX_FAULT_DELAY_MS,
  PROXY_STATUSES,
  REACHES_RULES_BY_DEFAULT,
  type ResetFaultInput,
  type SlowBodyFaultInput,
  type TruncatedFaultInput,
} from './faults/fault-spec.js'
export { formatRequestLine, type RequestLogEntry } from './log/request-log-entry.js'
export {
  isNamespaceName,
  NAMESPACE_PREFIX,
} from './namespaces/namespace-name.js'
export {
  NAMESPACE_DEFAULTS,
  type NamespaceOptions,
  type NamespaceSettings,
} from './namespaces/namespace-options.js'
export type { MockNamespaces, NamespaceInfo } from './namespaces/namespace-registry.js'
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
export type {
  MockProfile,
  ProfileChoice,
  ProfileOverrides,
} from './provider/profiles/active-profile.js'
export {
  ANSWER_FIELD_NAMES,
  ANSWER_FIELDS,
  type AnswerField,
  type AnswerFieldFacts,
  type FieldType,
} from './provider/profiles/answer-fields.js'
export type { MockQuirks } from './provider/profiles/legacy-quirks.js'
export {
  ANSWER_PROFILES,
  type AnswerProfile,
  type CodeKeySpelling,
  type LowCreditForm,
  PROFILE_NAMES,
  type ProfileName,
} from './provider/profiles/named-profiles.js'
export {
  ProviderStateError,
  UnknownProviderStateError,
} from './provider-states/provider-state-errors.js'
export {
  PROVIDER_STATE_NAMES,
  PROVIDER_STATES,
  type ProviderStateInfo,
} from './provider-states/provider-states.js'
export type {
  ProviderStateAction,
  ProviderStateOutcome,
  ProviderStates,
} from './provider-states/provider-states-handle.js'
export type { StateResult } from './provider-states/state-declaration.js'
export {
  ACCOUNT_HAS_CALLBACK_URL,
  API_IS_SLOW,
  answersWithProfile,
  apiIsSlow,
  CONNECTION_RESETS,
  CREDIT_ANSWERED_AS_A_NUMBER,
  invalidNumber,
  LOW_CREDIT_AT_TOP_LEVEL,
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  NEXT_ANSWER_TRUNCATED,
  NEXT_REQUEST_ANSWERS_A_CODE,
  NEXT_REQUEST_GETS_A_PROXY_ERROR,
  NEXT_REQUEST_TIMES_OUT,
  NUMBER_IS_INVALID,
  nextRequestAnswers,
  nextRequestGetsHttp,
  REPORTED_MESSAGE_ID,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_CREDIT,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from './provider-states/state-names.js'
export type {
  StateParam,
  StateParams,
  StateParamType,
  StateParamValue,
} from './provider-states/state-params.js'
export {
  DEFAULT_NO_REPORT_CODE,
  NO_DLR_DESCRIPTION,
  type NoReportCode,
} from './rules/get-dlr.js'
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
export type { ClockOptions, MockClock } from './state/clock.js'
export { type Delivery, deliveryOf } from './state/deliveries.js'
export { DELIVERED_AFTER, MAGIC_NUMBERS, type MagicNumber } from './state/deliveries-magic.js'
export type { FaultInput, FaultQueue, PendingFault } from './state/faults.js'
export {
  DEFAULT_JOURNAL_BYTES,
  DEFAULT_JOURNAL_LIMIT,
  type Journal,
  type JournalEntry,
  type JournalFilter,
  type SendEndpointName,
} from './state/journal.js'
export {
  createRequestJournal,
  DEFAULT_REQUEST_JOURNAL_BYTES,
  DEFAULT_REQUEST_JOURNAL_LIMIT,
  type RequestJournal,
  type RequestJournalOptions,
} from './state/request-journal.js'
export type { RequestJournalEntry } from './state/request-journal-entry.js'
export type { RequestFilter } from './state/request-journal-filter.js'
export {
  MAX_RECORDED_CHARS,
  MAX_RECORDED_TEXT,
  REDACTED,
  type RecordedField,
  type RecordedValue,
} from './state/request-journal-params.js'
export {
  DEFAULT_WAIT_TIMEOUT_MS,
  MAX_REQUEST_WAITERS,
  MAX_WAIT_TIMEOUT_MS,
  RequestWaitError,
  type WaitEndReason,
  type WaitOptions,
} from './state/request-journal-waiters.js'
