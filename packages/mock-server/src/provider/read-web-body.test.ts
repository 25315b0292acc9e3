/**
 * @module
 * Reading a web `Request`'s body within its limits, as the Hono routes do: a body in many
 * small chunks comes out byte for byte (with or without `setImmediate`, as in browsers and
 * Workers), and a body that is too large by its Content-Length, one that never ends and one
 * that breaks off are each answered as too large, never waited on for ever.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_BODY_BYTES, MAX_DRAINED_BYTES } from './limits.js'
import { readWebBody } from './read-web-body.js'

const TEXT = new TextEncoder().encode('0123456789abcdef'.repeat(1025))

/** A POST whose body is `stream`, with extra headers. */
function post(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request('http://mock/api/services/sendsms', {
    method: 'POST',
    body: stream,
    headers,
    duplex: 'half',
  } as RequestInit)
}

/** `bytes` in chunks of `size` bytes. */
function inChunks(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let next = 0
  return new ReadableStream({
    pull(controller) {
      if (next >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(next, next + size))
      next += size
    },
  })
}

// One byte per chunk: more chunks than a read takes before it lets other work run.
const oneBytePerChunk = (bytes: Uint8Array) => inChunks(bytes, 1)

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('readWebBody', () => {
  it('reads a body of 16 400 one-byte chunks byte for byte', async () => {
    const read = await readWebBody(post(oneBytePerChunk(TEXT)), MAX_BODY_BYTES)
    expect(read).toEqual({ tooLarge: false, bytes: TEXT })
  })

  it('reads it byte for byte too where the runtime has no setImmediate (browsers, Workers)', async () => {
    vi.stubGlobal('setImmediate', undefined)
    vi.resetModules()
    const { readWebBody: readWithoutImmediate } = await import('./read-web-body.js')
    vi.unstubAllGlobals()
    const read = await readWithoutImmediate(post(oneBytePerChunk(TEXT)), MAX_BODY_BYTES)
    expect(read).toEqual({ tooLarge: false, bytes: TEXT })
  })

  it('reads a body of exactly the limit, and refuses one byte more', async () => {
    const limit = TEXT.length
    expect(await readWebBody(post(inChunks(TEXT, 100)), limit)).toEqual({
      tooLarge: false,
      bytes: TEXT,
    })
    expect(await readWebBody(post(inChunks(TEXT, 100)), limit - 1)).toEqual({
      tooLarge: true,
    })
  })

  it('refuses a body whose Content-Length is past what it drains, without reading it', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new TextEncoder().encode('{}'))
        controller.close()
      },
    })
    const declared = { 'content-length': String(MAX_DRAINED_BYTES + 1) }
    expect(await readWebBody(post(stream, declared), MAX_BODY_BYTES)).toEqual({ tooLarge: true })
    // The stream queues its first chunk as it starts; nothing is asked of it after that.
    expect(pulled).toBeLessThanOrEqual(1)
  })

  it('stops reading a body that never ends once it has drained enough, and cancels it', async () => {
    let cancelled = false
    let received = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        received += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024))
      },
      cancel() {
        cancelled = true
      },
    })
    expect(await readWebBody(post(endless), MAX_BODY_BYTES)).toEqual({ tooLarge: true })
    expect(cancelled).toBe(true)
    expect(received).toBeLessThan(MAX_DRAINED_BYTES + 4 * 64 * 1024)
  })

  it('answers a body that breaks off mid-way as one not to act on', async () => {
    let sent = false
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('the client went away'))
        else controller.enqueue(new TextEncoder().encode('{"apikey":'))
        sent = true
      },
    })
    expect(await readWebBody(post(broken), MAX_BODY_BYTES)).toEqual({ tooLarge: true })
  })

  it('reads no body as none', async () => {
    const request = new Request('http://mock/api/services/sendsms', { method: 'POST' })
    expect(await readWebBody(request, MAX_BODY_BYTES)).toEqual({
      tooLarge: false,
      bytes: undefined,
    })
  })
})
