/**
 * @module
 * `GET /__mock/events`: the inbox events as server-sent events, a web `ReadableStream`, so
 * it runs wherever the mock does. A comment line every `HEARTBEAT_MS` keeps proxies from
 * closing an idle stream (its platform timer never keeps a process alive). A reader that
 * stops reading does not make the mock hold events without bound: past `MAX_BACKLOG`
 * unread events they are dropped and one `resync` event says so once it reads again. The
 * stream ends when the client goes, or when the mock is closed.
 */
import type { InboxEvent, InboxEvents } from './inbox-events.js'

/**
 * How often an idle stream carries a comment line.
 * @unit milliseconds
 * @example
 * setInterval(beat, HEARTBEAT_MS)
 */
export const HEARTBEAT_MS = 15_000

/**
 * Unread events one stream may hold before it drops them.
 * @example
 * controller.desiredSize > -MAX_BACKLOG
 */
export const MAX_BACKLOG = 1000

const encoder = new TextEncoder()

function frame(event: InboxEvent | { type: 'resync' }): Uint8Array {
  return encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
}

/**
 * The event stream of `events`, or undefined when it serves as many streams as it may.
 * `signal` is the request's: the stream ends when the client goes.
 * @example
 * const stream = eventStream(events, c.req.raw.signal)
 * if (stream) return new Response(stream, { headers: { 'content-type': 'text/event-stream' } })
 */
export function eventStream(
  events: InboxEvents,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> | undefined {
  let leave: (() => void) | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  let done = false
  const finish = (): void => {
    if (done) return
    done = true
    leave?.()
    if (timer !== undefined) clearInterval(timer)
    signal?.removeEventListener('abort', finish)
  }
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (given) => {
        controller = given
      },
      cancel: finish,
    },
    { highWaterMark: MAX_BACKLOG, size: () => 1 },
  )
  let lagging = false
  const push = (bytes: Uint8Array): void => {
    if (done) return
    try {
      controller.enqueue(bytes)
    } catch {
      finish()
    }
  }
  leave = events.subscribe({
    send: (event) => {
      if ((controller.desiredSize ?? 0) <= 0) {
        lagging = true
        return
      }
      if (lagging) {
        lagging = false
        push(frame({ type: 'resync' }))
      }
      push(frame(event))
    },
    end: () => {
      if (done) return
      finish()
      try {
        controller.close()
      } catch {}
    },
  })
  if (leave === undefined) return undefined
  // `retry` tells EventSource how soon to come back after a dropped connection.
  push(encoder.encode('retry: 2000\n: inbox events\n\n'))
  timer = setInterval(() => push(encoder.encode(': heartbeat\n\n')), HEARTBEAT_MS)
  ;(timer as { unref?: () => void }).unref?.()
  if (signal?.aborted) finish()
  else signal?.addEventListener('abort', finish)
  return stream
}
