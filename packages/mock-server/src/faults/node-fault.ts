/**
 * @module
 * Carrying out a connection fault on a node:http response: a hang (nothing written, the
 * socket kept open until the client or the mock closes it), a reset (the socket destroyed,
 * with a TCP RST where the socket has one), a slow body (headers at once, the body
 * trickled). The Node fast path and the Hono route on @hono/node-server (which hands the
 * response over as `c.env.outgoing`) both call it, so a socket sees the same bytes either
 * way. It names the response by the parts it uses rather than importing `node:http`, so
 * the root entry, which holds the Hono route, still loads nothing from `node:`.
 */
import type { ProviderReply } from '../provider/serve-provider.js'
import type { FaultQueue } from '../state/faults.js'
import { slowPieces } from './slow-pieces.js'

/**
 * What a fault uses of a node:http `ServerResponse`.
 * @example
 * const target: NodeResponse = res
 */
export interface NodeResponse {
  writeHead(status: number, headers: string[]): unknown
  flushHeaders(): void
  write(chunk: Uint8Array): unknown
  end(): unknown
  destroy(): unknown
  once(event: 'close', listener: () => void): unknown
  readonly socket: { resetAndDestroy?: () => unknown } | null
}

/**
 * Carries out `reply.fault` on `res` (a reply without one is not for this function).
 * @example
 * if (reply.fault) carryOutOnNode(res, reply, state.faults)
 */
export function carryOutOnNode(res: NodeResponse, reply: ProviderReply, faults: FaultQueue): void {
  const fault = reply.fault
  if (fault?.kind === 'reset') {
    reset(res)
    return
  }
  // Until the client or the mock closes the connection; closing the mock ends it at once.
  const release = faults.hold(() => reset(res))
  res.once('close', release)
  if (fault?.kind === 'slow-body') trickle(res, reply, fault.ms)
}

function reset(res: NodeResponse): void {
  try {
    // A reset by peer (ECONNRESET at the client), as a dropped connection looks.
    if (res.socket?.resetAndDestroy) res.socket.resetAndDestroy()
    else res.destroy()
  } catch {
    // resetAndDestroy refuses a socket that is not TCP (a pipe): a plain close then.
    res.destroy()
  }
}

function trickle(res: NodeResponse, reply: ProviderReply, ms: number): void {
  const { pieces, everyMs } = slowPieces(reply.body, ms)
  let length = 0
  for (const piece of pieces) length += piece.length
  res.writeHead(reply.status, [...reply.headers, 'content-length', String(length)])
  res.flushHeaders()
  let next = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const step = (): void => {
    res.write(pieces[next++] as Uint8Array)
    if (next < pieces.length) timer = setTimeout(step, everyMs)
    else res.end()
  }
  timer = setTimeout(step, everyMs)
  res.once('close', () => clearTimeout(timer))
}
