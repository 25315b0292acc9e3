/**
 * @module
 * The `User-Agent` every request carries, `@sendsms/client/<version>`, so the provider (and
 * any proxy on the way) can tell this client and its release in its logs. Browsers are
 * left out: most drop the header or refuse to let a page set it, and one that sends it
 * treats it as a non-safelisted header, which would make every GET to the live API a CORS
 * preflight that the API does not answer. A browser names itself in `navigator.userAgent`
 * with the `Mozilla/` token (every engine, in pages and workers alike); Node, Deno, Bun and
 * edge runtimes do not.
 */
import { PACKAGE_NAME, PACKAGE_VERSION } from '../generated/version.js'

/**
 * The value of the header: the package's name and version.
 * @example
 * USER_AGENT // '@sendsms/client/0.1.0'
 */
export const USER_AGENT = `${PACKAGE_NAME}/${PACKAGE_VERSION}`

function inBrowser(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent
  return typeof agent === 'string' && agent.startsWith('Mozilla/')
}

/**
 * The header to send from this runtime: `{ 'User-Agent': USER_AGENT }`, or none in a browser.
 * @example
 * userAgentHeader() // { 'User-Agent': '@sendsms/client/0.1.0' } in Node
 */
export function userAgentHeader(): Record<string, string> {
  return inBrowser() ? {} : { 'User-Agent': USER_AGENT }
}
