/**
 * @module
 * Loads `startMockServer` only when a test asks for a socket, so the testing entry imports
 * nothing from `node:` and its in-process mode runs in a browser test too.
 */
import type { startMockServer } from '../node/start-mock-server.js'

type NodeServerModule = typeof import('../node/start-mock-server.js')

// Held in a variable, not written in the import: a bundler building a browser test (esbuild,
// Vite, webpack) follows a literal specifier into node:http and fails; Node resolves this
// one as it would the literal, relative to this module.
const NODE_SERVER = '../node/start-mock-server.js'

/**
 * `startMockServer` of `@sendsms/mock-server/node`, loaded on first use.
 * @example
 * const start = await loadStartMockServer()
 * const server = await start({ port: 0 })
 */
export async function loadStartMockServer(): Promise<typeof startMockServer> {
  try {
    return ((await import(/* @vite-ignore */ NODE_SERVER)) as NodeServerModule).startMockServer
  } catch (error) {
    // Jest's CommonJS runtime refuses `import()` unless Node runs with
    // --experimental-vm-modules; the CommonJS build can require the server instead.
    if (typeof require !== 'function') throw error
    return (require(NODE_SERVER) as NodeServerModule).startMockServer
  }
}
