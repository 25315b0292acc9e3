/**
 * @module
 * Reads the body of a web `Request` within a byte limit, for the Hono routes (in-process,
 * Workers, and the socket when the Node fast path is off). The Node fast path reads its
 * socket with the same limits (node/read-node-body.ts).
 */
import { BodyBytes } from './body-bytes.js'
import { type BodyRead, MAX_DRAINED_BYTES } from './limits.js'

// Chunks read before other work may run. A stream's queued chunks resolve as microtasks,
// which run before any other I/O: a body sent in a million 1-byte chunks would otherwise
// hold every other client for seconds. Not more often: each pause lets @hono/node-server's
// stream stop the socket, and a body of 256 KiB in 1-byte chunks took 4.3 s with a turn
// every 1024 chunks, 0.8 s with one every 16 384 (about 50 ms of reading). A clock cannot
// decide it either: a read that waited for the network has already let others run.
const CHUNKS_PER_TURN = 16_384

// A turn of the event loop, as cheap as the runtime has it: setImmediate where it exists
// (Node, Bun), a message to itself elsewhere (browsers, Workers, Deno). setTimeout(0)
// waits a millisecond or more, which made a 1 MB body of 1-byte chunks take seconds more.
const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate
function yieldTurn(): Promise<void> {
  if (immediate) return new Promise((resolve) => void immediate(resolve))
  const channel = new MessageChannel()
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(undefined)
  })
}

/**
 * The body, or `tooLarge` when it holds more than `limit` bytes (by its Content-Length or
 * as counted). An oversized body is drained up to `MAX_DRAINED_BYTES` first, so the
 * client is still reading when it is answered.
 * @example
 * const body = await readWebBody(c.req.raw, MAX_BODY_BYTES)
 * if (body.tooLarge) return answer(1009)
 */
export async function readWebBody(request: Request, limit: number): Promise<BodyRead> {
  const stream = request.body
  if (stream === null) return { tooLarge: false, bytes: undefined }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > MAX_DRAINED_BYTES) {
    await stream.cancel().catch(() => undefined)
    return { tooLarge: true }
  }
  const reader = stream.getReader()
  let body: BodyBytes | undefined = new BodyBytes()
  let total = 0
  let reads = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total <= limit) body?.add(value)
      else body = undefined
      if (total > MAX_DRAINED_BYTES) {
        await reader.cancel().catch(() => undefined)
        break
      }
      reads += 1
      if (reads % CHUNKS_PER_TURN === 0) await yieldTurn()
    }
  } catch {
    // The client went away mid-body. What it sent is no request to act on; the answer
    // (1009) reaches nobody.
    return { tooLarge: true }
  }
  if (body === undefined) return { tooLarge: true }
  return { tooLarge: false, bytes: body.bytes() }
}
