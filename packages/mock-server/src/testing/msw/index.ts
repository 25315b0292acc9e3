/**
 * @module
 * `@sendsms/mock-server/testing/msw`: MSW handlers answered by a mock, and a sandbox per
 * test inside `server.boundary()`. A subpath of its own because it imports `msw` (an
 * optional peer dependency), which the rest of the testing entry does not need.
 * Re-exports only.
 */
export { type SmsHandlersOptions, smsHandlers } from './sms-handlers.js'
export {
  type SandboxServer,
  type SmsSandbox,
  type SmsSandboxOptions,
  withSmsSandbox,
} from './with-sms-sandbox.js'
