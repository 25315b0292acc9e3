/**
 * @module
 * What the matchers accept as the received value: a `Mock`, or anything holding one as
 * `mock` (the handle of `useMockServer` / `startTestMock`, an MSW sandbox).
 */
import type { Mock } from '../create-mock.js'

/**
 * A value the matchers read a mock from.
 * @example
 * expect(sms).toHaveSent({ to: '0712345678' }) // sms: MockHolder
 */
export type MockHolder = Mock | { readonly mock: Mock }

function isMock(value: unknown): value is Mock {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Mock>).journal?.list === 'function' &&
    typeof (value as Partial<Mock>).app?.fetch === 'function'
  )
}

/**
 * The mock of a received value; a TypeError for anything else.
 * @example
 * mockOf(sms) === sms.mock // true
 */
export function mockOf(received: unknown): Mock {
  if (isMock(received)) return received
  const held =
    typeof received === 'object' && received !== null && 'mock' in received
      ? (received as { mock: unknown }).mock
      : undefined
  if (isMock(held)) return held
  throw new TypeError(
    'expected a Mock (createMock()) or a test mock handle (useMockServer(), startTestMock(), an SMS sandbox)',
  )
}
