/**
 * @module
 * Reads a request body off a Node socket within the provider layer's limits: the same
 * limits as the web-stream reader of the Hono routes (provider/read-web-body.ts), read
 * from node:http's own events, which cost a fraction of a web stream's per chunk. A body
 * sent in a million 1-byte chunks is read as the socket delivers it, between other
 * clients' requests, into one growing array.
 */
import type { IncomingMessage } from 'node:http'
import { BodyBytes } from '../provider/body-bytes.js'
import { type BodyRead, MAX_DRAINED_BYTES } from '../provider/limits.js'

const NO_BODY: BodyRead = { tooLarge: false, bytes: undefined }
const TOO_LARGE: BodyRead = { tooLarge: true }

/**
 * Calls `done` with the body once it is read, at once when there is none. An oversized
 * body is drained up to `MAX_DRAINED_BYTES` first, so the client is reading by the time
 * it is answered. A client that hangs up mid-body never gets `done`: nothing was asked.
 * @example
 * readNodeBody(req, MAX_BODY_BYTES, (body) => answer(body))
 */
export function readNodeBody(
  req: IncomingMessage,
  limit: number,
  done: (body: BodyRead) => void,
): void {
  const length = req.headers['content-length']
  const chunked = req.headers['transfer-encoding'] !== undefined
  if (!chunked && (length === undefined || length === '0')) {
    done(NO_BODY)
    return
  }
  // Node's parser has already refused a malformed Content-Length, so this is digits.
  if (!chunked && Number(length) > MAX_DRAINED_BYTES) {
    done(TOO_LARGE)
    return
  }
  // With a declared length the body is complete at its last byte: answered then, without
  // waiting a turn for 'end' (most bodies arrive with their head, in one chunk).
  const declared = chunked ? Number.NaN : Number(length)
  // Most bodies arrive in one chunk: kept as it is, with no collector made for it.
  let first: Buffer | undefined
  let more: BodyBytes | undefined
  let total = 0
  const onData = (chunk: Buffer): void => {
    total += chunk.length
    if (total > limit) {
      first = undefined
      more = undefined
    } else if (first === undefined && more === undefined) {
      first = chunk
    } else {
      if (more === undefined) {
        more = new BodyBytes()
        more.add(first as Buffer)
        first = undefined
      }
      more.add(chunk)
    }
    if (total === declared) {
      req.off('data', onData)
      finish()
    } else if (total > MAX_DRAINED_BYTES) {
      req.off('data', onData)
      req.off('end', finish)
      // Paused, not destroyed: the answer still has to be written on this socket.
      req.pause()
      done(TOO_LARGE)
    }
  }
  const finish = (): void => {
    if (total > limit) done(TOO_LARGE)
    else done({ tooLarge: false, bytes: more ? more.bytes() : first })
  }
  // No 'error' listener: node:http emits 'error' on a request only to its listeners, and a
  // client that hangs up mid-body simply never reaches the end (tested).
  req.on('data', onData)
  if (chunked) req.on('end', finish)
}
