/**
 * @module
 * Requests node:http refuses before any handler sees them: a head over `maxHeaderSize`
 * (room for a query at the layer's limit and ordinary headers), or bytes that are not
 * HTTP. They get node's status (431 or 400) with a JSON body saying why, instead of an
 * empty answer; a provider path, at the root or under a namespace, gets the provider's own
 * 1009 when the bytes node hands over still show the request line (a head that arrived in
 * one piece).
 */
import type { Socket } from 'node:net'
import { requestLogEntry } from '../log/request-log-entry.js'
import { isNamespaceName, splitNamespacePath } from '../namespaces/namespace-name.js'
import type { NamespaceRegistry } from '../namespaces/namespace-registry.js'
import type { AnyEndpoint } from '../provider/endpoint.js'
import { type ProviderReply, tooLargeReply } from '../provider/serve-provider.js'
import type { MockState } from '../state/mock-state.js'

interface ParseError extends Error {
  code?: string
  rawPacket?: Buffer
}

function requestLine(raw: Buffer | undefined): { method: string; path: string } | undefined {
  const line = /^([A-Z]{1,12}) (\/[^ ?\r\n]*)/.exec(raw?.subarray(0, 2048).toString('latin1') ?? '')
  return line ? { method: line[1] as string, path: line[2] as string } : undefined
}

function rawAnswer(status: string, headers: string[], body: string): string {
  const lines = [`HTTP/1.1 ${status}`]
  for (let i = 0; i < headers.length; i += 2) lines.push(`${headers[i]}: ${headers[i + 1]}`)
  lines.push(`content-length: ${Buffer.byteLength(body)}`, '', body)
  return lines.join('\r\n')
}

/**
 * The server's `clientError` handler.
 * @example
 * server.on('clientError', answerClientError(state, PROVIDER_ENDPOINTS, namespaces))
 */
export function answerClientError(
  state: MockState,
  endpoints: readonly AnyEndpoint[],
  namespaces?: NamespaceRegistry,
): (error: ParseError, socket: Socket) => void {
  const byPath = new Map<string, AnyEndpoint>()
  for (const endpoint of endpoints) for (const path of endpoint.paths) byPath.set(path, endpoint)
  return (error, socket) => {
    const started = performance.now()
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
    const line = requestLine(error.rawPacket)
    const overflow = error.code === 'HPE_HEADER_OVERFLOW'
    if (line && overflow) {
      // Under `/ns/{name}/`: the namespace's own 1009, journaled and logged there.
      const split = namespaces && splitNamespacePath(line.path)
      const named = split && isNamespaceName(split.name) ? split : undefined
      const endpoint = byPath.get(named ? named.rest : line.path)
      const namespace = endpoint && named ? namespaces?.enter(named.name) : undefined
      if (endpoint && (named === undefined || namespace !== undefined)) {
        const target = namespace?.state ?? state
        const path = named ? named.rest : line.path
        try {
          const reply: ProviderReply = tooLargeReply(target, endpoint, {
            method: line.method,
            path,
          })
          // The reply closes the connection: the rest of the head was never read.
          socket.end(rawAnswer('200 OK', reply.headers, reply.body))
          target.log?.(requestLogEntry(line.method, path, 200, reply.outcome, started))
        } finally {
          if (namespace) namespaces?.leave(namespace)
        }
        return
      }
    }
    const [status, message] = overflow
      ? ['431 Request Header Fields Too Large', 'The request head is over the size limit.']
      : ['400 Bad Request', 'The request is not valid HTTP.']
    const body = JSON.stringify({ error: 'bad_request', message })
    socket.end(rawAnswer(status, ['content-type', 'application/json', 'connection', 'close'], body))
  }
}
