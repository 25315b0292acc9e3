// The types of `expect(x).toHaveSent(…)` and the other SMS matchers (registered at run time
// with `expect.extend(smsMatchers)`). Imported from an ESM file, so vitest's own types are
// the ones augmented.
import type {} from '@sendsms/mock-server/testing/vitest'
