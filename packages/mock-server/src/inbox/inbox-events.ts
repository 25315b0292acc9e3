/**
 * @module
 * What the inbox page is told as it happens: a message journaled, the clock moved (so
 * statuses it shows may have changed), a callback attempted, the journal emptied, the mock
 * reset. A
 * namespace's events also reach its root's subscribers, named, so the root page sees every
 * namespace. Subscribers are bounded in number; an event with nobody listening costs one
 * check.
 */

/**
 * One event of the inbox stream (`GET /__mock/events`), as JSON in its `data`.
 * @example
 * const event: InboxEvent = { type: 'message', recipient: '254712345678', messageId: '100000001' }
 */
export type InboxEvent = (
  | { type: 'message'; recipient: string; messageId: string }
  | { type: 'clock'; now: string; virtual: boolean }
  | { type: 'callback'; messageId: string; result: string }
  | { type: 'cleared' }
  | { type: 'reset' }
) & {
  /** The namespace it happened in; absent for the mock the stream belongs to. */
  namespace?: string
}

/**
 * The most streams one mock serves at once; one more is answered HTTP 429.
 * @example
 * hub.subscribers <= MAX_EVENT_SUBSCRIBERS // true
 */
export const MAX_EVENT_SUBSCRIBERS = 16

/**
 * One subscriber: told of each event, and ended by `close()`.
 * @example
 * const subscriber: InboxSubscriber = { send: (event) => queue.push(event), end: () => {} }
 */
export interface InboxSubscriber {
  send(event: InboxEvent): void
  end(): void
}

/**
 * The events of one mock.
 * @example
 * const events = createInboxEvents()
 * const leave = events.subscribe({ send: console.log, end: () => {} })
 * events.emit({ type: 'reset' })
 */
export interface InboxEvents {
  /** Tells every subscriber (and the root's, for a namespace). */
  emit(event: InboxEvent): void
  /** Adds a subscriber; answers how to remove it, or undefined when the mock has as many as it serves. */
  subscribe(subscriber: InboxSubscriber): (() => void) | undefined
  /** Whether anyone would receive an event emitted now. */
  readonly listening: boolean
  /** Subscribers now. */
  readonly subscribers: number
  /** Ends every subscriber; no more are taken. */
  close(): void
}

/**
 * Creates the events of a mock; a namespace's pass the root's events and the namespace's name.
 * @example
 * const root = createInboxEvents()
 * const job = createInboxEvents(root, 'ci-job-42')
 */
export function createInboxEvents(parent?: InboxEvents, namespace?: string): InboxEvents {
  const subscribers = new Set<InboxSubscriber>()
  let closed = false
  const hub: InboxEvents = {
    emit: (event) => {
      for (const subscriber of subscribers) subscriber.send(event)
      if (parent?.listening && namespace !== undefined) parent.emit({ ...event, namespace })
    },
    subscribe: (subscriber) => {
      if (closed || subscribers.size >= MAX_EVENT_SUBSCRIBERS) return undefined
      subscribers.add(subscriber)
      return () => {
        subscribers.delete(subscriber)
      }
    },
    get listening() {
      return subscribers.size > 0 || (parent?.listening ?? false)
    },
    get subscribers() {
      return subscribers.size
    },
    close: () => {
      closed = true
      for (const subscriber of [...subscribers]) subscriber.end()
      subscribers.clear()
    },
  }
  return hub
}
