/**
 * @module
 * How the mock closes a keep-alive connection that stayed idle: only once it has read what
 * already arrived on it. Why: node:http destroys an idle socket as soon as its timer fires.
 * A client whose event loop was held up past that moment (a breakpoint, a long synchronous
 * step, a loaded CI machine) may already have written its next request on the connection
 * it still holds. Those bytes wait unread in the kernel, and destroying the socket over
 * unread bytes sends a TCP reset: the client sees ECONNRESET for a request the mock never
 * read. With the mock in the client's own process (`startMockServer` in a test file) this
 * happens whenever the loop is blocked past the timeout: the client's write lands before
 * the server's timer runs, and both run on that one loop.
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/**
 * Makes `server` close an idle keep-alive connection one turn of the event loop after its
 * timeout, and only if nothing arrived meanwhile: the poll phase of that turn reads what a
 * client already sent, and a connection that carried a new request stays open (node:http
 * starts its idle timer again after that answer).
 * @example
 * const server = createServer(listener)
 * closeIdleConnectionsAfterReading(server)
 */
export function closeIdleConnectionsAfterReading(server: Server): void {
  // A 'timeout' listener on the server replaces node:http's own destroy. The server has no
  // inactivity timeout (`server.timeout` is 0), so the only socket timeout is the idle one
  // between two requests.
  server.on('timeout', (socket: Socket) => {
    const readBefore = socket.bytesRead
    setImmediate(() => {
      if (socket.bytesRead === readBefore) socket.destroy()
    })
  })
}
