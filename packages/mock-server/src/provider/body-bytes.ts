/**
 * @module
 * Collects a body's chunks into one byte array. A body usually arrives in one chunk, which
 * is kept as it is; later chunks are copied into one growing array, because a body sent in
 * a million 1-byte chunks would otherwise be held as a million small objects, about a
 * hundred times its own size.
 */

const FIRST_ROOM = 16 * 1024

/**
 * A body being received, chunk by chunk.
 * @example
 * const body = new BodyBytes()
 * body.add(chunk)
 * body.bytes() // every byte so far
 */
export class BodyBytes {
  #first: Uint8Array | undefined
  #joined: Uint8Array | undefined
  #length = 0

  /** Appends a chunk (which the caller must not change afterwards). */
  add(chunk: Uint8Array): void {
    if (this.#length === 0 && this.#joined === undefined) {
      this.#first = chunk
      this.#length = chunk.byteLength
      return
    }
    const needed = this.#length + chunk.byteLength
    let joined = this.#joined
    if (joined === undefined || joined.byteLength < needed) {
      const grown = new Uint8Array(Math.max(needed, FIRST_ROOM, (joined?.byteLength ?? 0) * 2))
      grown.set(joined ? joined.subarray(0, this.#length) : (this.#first as Uint8Array))
      joined = grown
      this.#joined = grown
      this.#first = undefined
    }
    joined.set(chunk, this.#length)
    this.#length = needed
  }

  /** The body so far, or `undefined` when nothing arrived. */
  bytes(): Uint8Array | undefined {
    if (this.#joined) return this.#joined.subarray(0, this.#length)
    return this.#first
  }
}
