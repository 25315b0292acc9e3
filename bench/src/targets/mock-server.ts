/**
 * @module
 * The mock under test: the real `sendsms-mock` command (packages/mock-server/dist/bin.js)
 * in its own process, on a port the OS picks, started as `npm start` and `sendsms mock`
 * start it: its request log on, written to standard output, which is a pipe the bench
 * reads (child-process.ts). Other settings are extra flags, and labelled as such.
 */
import { SANDBOX_PARAMS } from '@sendsms/test-fixtures'
import { PATHS } from '../paths.js'
import { type ServerChild, startChild } from './child-process.js'

/**
 * The sandbox account the mock starts with; every request of the bench speaks for it.
 * @example
 * JSON.stringify({ ...SANDBOX, message: 'Hi', mobile: '254712345678' })
 */
export const SANDBOX = SANDBOX_PARAMS

/**
 * Starts the mock with its default settings plus `flags` (none: the default the users
 * run; `['--quiet']`: no request log).
 * @example
 * const mock = await startMockChild()
 * await fetch(`${mock.url}/__mock/health`)
 * await mock.stop()
 */
export function startMockChild(flags: readonly string[] = []): Promise<ServerChild> {
  return startChild({
    name: `mock server${flags.length > 0 ? ` ${flags.join(' ')}` : ''}`,
    args: [PATHS.mockBin, '--port', '0', ...flags],
    ready: /listening on (http:\/\/\S+)/,
  })
}

/**
 * Gives the sandbox account credit for any number of load-test sends, so that no load
 * run is answered 1004 (which would be cheaper than a real send). The memory test does
 * not call this: it measures the default settings.
 * @example
 * await raiseSandboxCredit(mock.url)
 */
export async function raiseSandboxCredit(url: string): Promise<void> {
  const res = await fetch(`${url}/__mock/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      partnerID: SANDBOX.partnerID,
      apikey: SANDBOX.apikey,
      shortcodes: [SANDBOX.shortcode],
      credit: 1e15,
    }),
  })
  if (!res.ok) throw new Error(`could not raise the sandbox credit: HTTP ${res.status}`)
  await res.arrayBuffer()
}
