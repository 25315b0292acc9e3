/**
 * @module
 * `@sendsms/mock-server/admin`: the typed client of the mock's control API, for tests in
 * another process than the mock. Re-exports only; nothing here imports `node:` or Hono.
 */
export type * from './admin-types.js'
export { createMockAdmin, type MockAdmin, type MockAdminOptions } from './create-mock-admin.js'
export { MockAdminError, MockAdminWaitError } from './mock-admin-error.js'
