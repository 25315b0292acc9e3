/**
 * @module
 * How a slow body is trickled: the answer's bytes in equal pieces, one each tenth of the
 * fault's time, so a client reading it sees the headers at once and the body's end only
 * after `ms`. The same for a socket and for a web stream.
 */

/**
 * How many pieces a slow body is cut into (fewer for a shorter body).
 * @example
 * SLOW_BODY_PIECES // 10
 */
export const SLOW_BODY_PIECES = 10

/**
 * The body's bytes in pieces, and the wait before each.
 * @example
 * slowPieces('{"a":1}', 100) // { pieces: [Uint8Array(1), …], everyMs: 10 }
 */
export function slowPieces(body: string, ms: number): { pieces: Uint8Array[]; everyMs: number } {
  const bytes = new TextEncoder().encode(body)
  const size = Math.max(1, Math.ceil(bytes.length / SLOW_BODY_PIECES))
  const pieces: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size))
  return { pieces, everyMs: ms / Math.max(1, pieces.length) }
}
