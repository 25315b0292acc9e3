/**
 * The mock side of `sendsms drift`: a mock the user runs (`--mock-url`), or by default the
 * built-in one, started in this process on a free port of 127.0.0.1 and closed after the
 * run. Either way its probes carry the sandbox account's credentials, which every mock has.
 */
import type { DriftSide } from './run-probes.js'
import { shownUrl } from './shown-url.js'

/** The mock to compare with, and how to let it go. */
export interface MockSide extends DriftSide {
  /** `built-in`, or the URL given. */
  shown: string
  close(): Promise<void>
}

/**
 * The mock at `mockUrl`, or a built-in one when it is undefined. Loads the mock only now,
 * so nothing else of `sendsms` pays for it.
 * @example
 * const side = await openMockSide(undefined)
 * try { await runProbes(PROBES, { mock: side, upstream }, options) } finally { await side.close() }
 */
export async function openMockSide(mockUrl: string | undefined): Promise<MockSide> {
  const { SANDBOX_ACCOUNT } = await import('@sendsms/mock-server')
  const credentials = {
    apiKey: SANDBOX_ACCOUNT.apikey,
    partnerId: SANDBOX_ACCOUNT.partnerID,
    shortcode: SANDBOX_ACCOUNT.shortcodes[0] ?? '',
  }
  if (mockUrl !== undefined) {
    return { url: mockUrl, credentials, shown: shownUrl(mockUrl), close: async () => {} }
  }
  const { startMockServer } = await import('@sendsms/mock-server/node')
  const running = await startMockServer({ port: 0, host: '127.0.0.1' })
  return { url: running.url, credentials, shown: 'built-in', close: () => running.close() }
}
