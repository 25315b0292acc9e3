/**
 * @module
 * `@sendsms/mock-server/testing/jest`: the types of `smsMatchers` on Jest's `expect` as
 * `@types/jest` declares it (the global `jest` namespace). Types only (its JavaScript is
 * empty): opt in with `/// <reference types="@sendsms/mock-server/testing/jest" />`. With
 * `import { expect } from '@jest/globals'` the types live in the `expect` package instead:
 * add `declare module 'expect' { interface Matchers<R> extends SmsMatchers<R> {} }` to a
 * `.d.ts` of the project (see the README).
 */
import type { SmsMatchers } from './sms-matchers.js'

declare global {
  namespace jest {
    // biome-ignore lint/complexity/noBannedTypes: declaration merging needs @types/jest's own parameter list
    interface Matchers<R, T = {}> extends SmsMatchers<R> {}
  }
}
