/**
 * @module
 * A real HTTP receiver for delivery callbacks, as an application would run one: it listens on
 * 127.0.0.1 on a free port, keeps every request exactly as it arrived (method, path, content
 * type, body text) and acknowledges each with 204, so a test reads what the mock really sent
 * over the wire rather than what it meant to send.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * One request the receiver got.
 * @example
 * const [posted] = receiver.requests // { method: 'POST', path: '/dlr', contentType: 'application/json', body: '{…}' }
 */
export interface ReceivedCallback {
  method: string
  path: string
  contentType: string | undefined
  body: string
}

/**
 * A running receiver: where to post, what it got, and how to stop it.
 * @example
 * const receiver: CallbackReceiver = await startCallbackReceiver()
 */
export interface CallbackReceiver {
  /** The callback URL to give the account: `http://127.0.0.1:PORT/dlr`. */
  url: string
  /** Every request received, oldest first. */
  requests: ReceivedCallback[]
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/**
 * Starts a receiver on a free port of 127.0.0.1.
 * @example
 * const receiver = await startCallbackReceiver()
 * await mock.clock.advance('1m')
 * JSON.parse(receiver.requests[0].body) // { description: 'DeliveredToTerminal', … }
 * await receiver.close()
 */
export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const requests: ReceivedCallback[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      })
      response.statusCode = 204
      response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/dlr`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
