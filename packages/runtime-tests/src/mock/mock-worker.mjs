/**
 * @module
 * A Cloudflare Worker (module format) that is the mock: `createMock` from the mock's root
 * entry, its Hono app as the Worker's `fetch`, bundled by esbuild as a Worker project would,
 * without `nodejs_compat`. The test drives it over HTTP, with the client and the control
 * endpoints, as a user's tests would drive a mock deployed as a Worker.
 */
import { createMock } from '@sendsms/mock-server'
import { MOCK_CLOCK_START } from './mock-scenario.mjs'

// One mock per Worker instance, created at module scope: the module is loaded once per
// isolate and every request the isolate serves shares it, so a send is still in the
// journal for the next request. That is how a user would deploy it, and what it means:
// two isolates (two regions, a restart) are two mocks with their own state.
const mock = createMock({ clock: { virtual: true, start: MOCK_CLOCK_START } })

/**
 * The Worker's handlers: every request goes to the mock's app.
 *
 * @example
 * ```js
 * await fetch(new URL('/__mock/messages', await miniflare.ready))
 * ```
 */
// biome-ignore lint/style/noDefaultExport: workerd finds a module Worker's handlers on its default export.
export default {
  fetch: (request) => mock.app.fetch(request),
}
