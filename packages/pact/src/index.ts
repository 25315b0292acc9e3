/**
 * @module
 * `@sendsms/pact`: Pact tools for apps that call the Advanta SMS API. Verify your pacts
 * against the offline mock with Pact's own verifier (`verifyPacts`), check them against
 * the OpenAPI document offline (`checkPactsAgainstSpec`), and write consumer tests with
 * ready interactions (`interactions`, `addInteraction`) and matchers for the drifting types
 * (`matchers`). The `sendsms pact verify` and `sendsms pact check` commands of
 * `@sendsms/cli` run the first two.
 */
export { interactions } from './consumer/interactions.js'
export {
  credit,
  deliveryStatus,
  description,
  matchers,
  messageId,
  mobile,
  networkId,
  responseCode,
} from './consumer/matchers.js'
export {
  type Account,
  accountOf,
  addInteraction,
  type ReadyInteraction,
  type ReadyState,
  type RequestOptions,
  recordInteraction,
  type WireParams,
} from './consumer/ready-interaction.js'
export { getBalance, getDlr } from './consumer/report-interactions.js'
export { settled, untilRequestRecorded } from './consumer/request-recorded.js'
export {
  type BulkItem,
  type SendOptions,
  sendBulk,
  sendOtp,
  sendSms,
} from './consumer/send-interactions.js'
export {
  type DigitsMatcher,
  providerTime,
  sameAmount,
  sameDigits,
  turnaround,
} from './consumer/wire-matchers.js'
export { readPacts } from './pact-files/collect-pact-files.js'
export {
  bodyJson,
  type LoadedPact,
  listPactFiles,
  type PactBody,
  type PactFile,
  type PactInteraction,
  readPactFiles,
} from './pact-files/read-pact-files.js'
export {
  answerExamples,
  type CodedExample,
  type CodeLevel,
  codedObjects,
  everyExample,
  operationExamples,
  specExample,
} from './spec/answer-examples.js'
export { checkInteraction } from './spec/check-interaction.js'
export {
  type CheckedInteraction,
  checkPactsAgainstSpec,
  type SpecChecker,
  type SpecCheckOptions,
  type SpecCheckResult,
  type SpecProblem,
} from './spec/check-pacts-against-spec.js'
export { comparatorDocument } from './spec/comparator-document.js'
export { documentedDescriptions } from './spec/documented-descriptions.js'
export { type JunitCase, junitReport } from './verify/junit-report.js'
export { isKnownState, unknownStates } from './verify/provider-state-names.js'
export {
  PROVIDER,
  type VerifiedInteraction,
  type VerifyOptions,
  type VerifyResult,
  verifyPacts,
} from './verify/verify-pacts.js'
