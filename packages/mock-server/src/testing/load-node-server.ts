/**
 * @module
 * Loads `startMockServer` only when a test asks for a socket, so the testing entry imports
 * nothing from `node:` and its in-process mode runs in a browser test too.
 */
import type { startMockServer } from '../node/start-mock-server.js'

/**
 * `startMockServer` of `@sendsms/mock-server/node`, loaded on first use.
 * @example
 * const start = await loadStartMockServer()
 * const server = await start({ port: 0 })
 */
export async function loadStartMockServer(): Promise<typeof startMockServer> {
  try {
    return (await import('../node/start-mock-server.js')).startMockServer
  } catch (error) {
    // Jest's CommonJS runtime refuses `import()` unless Node runs with
    // --experimental-vm-modules; the CommonJS build can require the server instead.
    if (typeof require !== 'function') throw error
    return (
      require('../node/start-mock-server.js') as typeof import('../node/start-mock-server.js')
    ).startMockServer
  }
}
