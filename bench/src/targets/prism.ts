/**
 * @module
 * Stoplight Prism mocking our own spec (spec/openapi.yaml), the reference point of the
 * mock's throughput. Run from its own bin in a child process.
 */
import { PATHS } from '../paths.js'
import { type ServerChild, startChild } from './child-process.js'
import { freePort } from './free-port.js'

/**
 * Starts `prism mock spec/openapi.yaml` on a free loopback port.
 * @example
 * const prism = await startPrismChild()
 * await prism.stop()
 */
export async function startPrismChild(): Promise<ServerChild> {
  const port = await freePort()
  return startChild({
    name: 'prism',
    args: [PATHS.prismBin, 'mock', PATHS.spec, '-p', String(port), '-h', '127.0.0.1'],
    // Prism logs "Prism is listening on http://127.0.0.1:PORT" once it serves.
    ready: /Prism is listening on (http:\/\/\S+)/,
    timeoutMs: 60_000,
  })
}
