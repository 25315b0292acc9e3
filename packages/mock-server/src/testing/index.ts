/**
 * @module
 * `@sendsms/mock-server/testing`: what a test of an application that sends SMS needs: one
 * mock per test file (`useMockServer`, or `startTestMock` for other runners), an
 * in-process fetch, and matchers on what was sent (`expect.extend(smsMatchers)`). It
 * imports nothing from `node:`; the socket mode loads the Node server when it starts. MSW
 * handlers backed by a mock are `@sendsms/mock-server/testing/msw`. Re-exports only.
 */
export { IN_PROCESS_BASE_URL, inProcessFetch, type MockFetch } from './in-process-fetch.js'
export type { MockHolder } from './mock-of.js'
export type { ReceivedFilter } from './request-count.js'
export type { SentFilter } from './sent-filter.js'
export {
  type SmsMatcherContext,
  type SmsMatcherResult,
  type SmsMatchers,
  smsMatchers,
} from './sms-matchers.js'
export { startTestMock, type TestMock, type TestMockOptions } from './start-test-mock.js'
export type { TestAccount } from './test-account.js'
export type { SuiteHook, SuiteHooks } from './test-hooks.js'
export {
  type MockServerHandle,
  type UseMockServerOptions,
  useMockServer,
} from './use-mock-server.js'
