/**
 * @module
 * A free loopback port, for servers (Prism) that cannot be told to pick one themselves.
 */
import { createServer } from 'node:net'

/**
 * Asks the OS for a free port on 127.0.0.1 and releases it.
 * @example
 * const port = await freePort()
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
