/**
 * @module
 * `@sendsms/mock-server/testing/vitest`: the types of `smsMatchers` on vitest's `expect`.
 * Types only (its JavaScript is empty): opt in with
 * `/// <reference types="@sendsms/mock-server/testing/vitest" />` in a setup file, or list
 * it in tsconfig's `types`; register the matchers themselves with `expect.extend(smsMatchers)`.
 */
import type { SmsMatchers } from './sms-matchers.js'

// The CommonJS build cannot resolve vitest's types (its CommonJS types re-export ESM), so
// there the augmentation is not checked; vitest loads test files as ESM, where it is.
// (@ts-expect-error would fail the ESM build, where there is no error.)
// biome-ignore lint/suspicious/noTsIgnore: the error exists in one of the two builds only
// @ts-ignore TS2664 in the CommonJS build only
declare module 'vitest' {
  // vitest 4 merges its `Matchers` into `expect(x)`, `expect.extend` and `expect.*`.
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares it `Matchers<T = any>`
  interface Matchers<T = any> extends SmsMatchers<void> {}
}
