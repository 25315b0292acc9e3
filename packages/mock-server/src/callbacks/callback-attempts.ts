/**
 * @module
 * The record of callback attempts that `GET /__mock/callbacks` shows: every attempt, its
 * time on the mock's clock, the receiver's HTTP status or the error, and how long it took.
 * Bounded in entries and in estimated bytes (an error text can be long); past either the
 * oldest attempts are dropped and counted.
 */
import type { DeliveryCallbackBody } from './callback-body.js'

/**
 * One attempt to post a report.
 * @example
 * const [attempt]: CallbackAttempt[] = mock.callbacks.attempts({ messageId: 100000001 })
 * attempt.status // 200
 */
export interface CallbackAttempt {
  messageId: number
  partnerID: string
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number
  /** When it was made, on the mock's clock (ISO 8601). */
  at: string
  /** The receiver's HTTP status, or null when there was no answer. */
  status: number | null
  /** Why there was no answer (connection refused, timeout), or null. */
  error: string | null
  /** How long it took, in real time. @unit milliseconds */
  ms: number
  /** `delivered` on a 2xx, `retrying` when another attempt is set, `failed` when none is left. */
  result: 'delivered' | 'retrying' | 'failed'
  /** When the next attempt is due, on the mock's clock (ISO 8601), or null. */
  retryAt: string | null
  /** The body that was posted. */
  body: DeliveryCallbackBody
}

/**
 * The bounded record of attempts.
 * @example
 * const record = new CallbackAttemptRecord(1000, 1024 * 1024)
 * record.add(attempt)
 * record.list({ messageId: 100000001 })
 */
export class CallbackAttemptRecord {
  readonly #maxEntries: number
  readonly #maxBytes: number
  #items: { attempt: CallbackAttempt; bytes: number }[] = []
  #head = 0
  #bytes = 0
  #dropped = 0

  constructor(maxEntries: number, maxBytes: number) {
    this.#maxEntries = maxEntries
    this.#maxBytes = maxBytes
  }

  /** Attempts held. */
  get size(): number {
    return this.#items.length - this.#head
  }

  /** Estimated memory the attempts hold. @unit bytes */
  get bytes(): number {
    return this.#bytes
  }

  /** Attempts dropped to stay within the bounds since the record was created or cleared. */
  get dropped(): number {
    return this.#dropped
  }

  /** Keeps an attempt, dropping the oldest ones past either bound. */
  add(attempt: CallbackAttempt): void {
    const bytes = attemptBytes(attempt)
    this.#items.push({ attempt, bytes })
    this.#bytes += bytes
    while (this.size > 0 && (this.size > this.#maxEntries || this.#bytes > this.#maxBytes)) {
      this.#bytes -= (this.#items[this.#head] as { bytes: number }).bytes
      this.#items[this.#head] = undefined as never
      this.#head += 1
      this.#dropped += 1
    }
    // Let the dropped head go once it is most of the array.
    if (this.#head > 64 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head)
      this.#head = 0
    }
  }

  /** The attempts oldest first, those of one message when `messageId` is given; copies. */
  list(filter: { messageId?: number } = {}): CallbackAttempt[] {
    const out: CallbackAttempt[] = []
    for (let i = this.#head; i < this.#items.length; i++) {
      const { attempt } = this.#items[i] as { attempt: CallbackAttempt }
      if (filter.messageId === undefined || attempt.messageId === filter.messageId) {
        out.push({ ...attempt, body: { ...attempt.body } })
      }
    }
    return out
  }

  /** Forgets every attempt; returns how many there were. The drop count restarts. */
  clear(): number {
    const cleared = this.size
    this.#items = []
    this.#head = 0
    this.#bytes = 0
    this.#dropped = 0
    return cleared
  }
}

// An attempt's object, its body and their strings, two bytes a character (the worst case).
const ATTEMPT_BYTES = 320

function attemptBytes(attempt: CallbackAttempt): number {
  const { partnerID, at, error, retryAt, body } = attempt
  const texts =
    partnerID.length +
    at.length +
    (error?.length ?? 0) +
    (retryAt?.length ?? 0) +
    body.messageid.length +
    body.timeTaken.length +
    body.timestamp.length
  return ATTEMPT_BYTES + 2 * texts
}
