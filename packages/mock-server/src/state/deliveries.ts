/**
 * @module
 * The delivery lifecycle of an accepted message, as the provider's delivery-status page
 * describes it: `Scheduled` while its `timeToSend` has not come, then `SentToNetwork`,
 * then a final status at a time set by its number (deliveries-magic.ts). Nothing is
 * stored or scheduled per message: the status is derived, when it is read, from the
 * message's journal record and the mock's clock, so a send costs nothing more than its
 * journal entry, and a message the journal let go has no status at all.
 */
import { DELIVERY_STATUSES, type DeliveryStatus } from '@sendsms/wire'
import { DELIVERED_AFTER, magicNumberOf } from './deliveries-magic.js'
import type { JournalEntry } from './journal.js'

/**
 * Where a message is in its lifecycle at some time.
 * @example
 * const delivery: Delivery = deliveryOf(entry, Date.now())
 * delivery.description // 'DeliveredToTerminal'
 */
export interface Delivery {
  /** The status as the provider words it. */
  description: DeliveryStatus
  /** The number the provider sends as `delivery-status`. */
  status: number
  /** Whether the message stays in this status for good. */
  final: boolean
  /** When the message went (or goes) to the network, in ms since the epoch. */
  sentAt: number
  /** When this status began, in ms since the epoch. */
  since: number
}

/**
 * How a message ends: its final status and how long after it went to the network.
 * @example
 * const outcome: DeliveryOutcome = { description: 'DeliveredToTerminal', afterSeconds: 7 }
 */
export interface DeliveryOutcome {
  description: DeliveryStatus
  afterSeconds: number
}

const FACTS = new Map<DeliveryStatus, { status: number; final: boolean }>(
  DELIVERY_STATUSES.map(({ description, status, final }) => [description, { status, final }]),
)

function delivery(description: DeliveryStatus, sentAt: number, since: number): Delivery {
  const facts = FACTS.get(description) as { status: number; final: boolean }
  return { description, status: facts.status, final: facts.final, sentAt, since }
}

// Spreads message ids evenly over a range: the 32-bit finaliser of MurmurHash3, on the id
// folded to 32 bits. Consecutive ids (one request's numbers) land far apart.
function spread(messageId: number): number {
  let h = (messageId >>> 0) ^ Math.floor(messageId / 0x1_0000_0000)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function secondWithin([first, last]: readonly [number, number], messageId: number): number {
  return first + (spread(messageId) % (last - first + 1))
}

/**
 * What identifies the recipient of a journal entry for the magic numbers: its hash when
 * it was a hashed send, else its number in 254 form.
 * @example
 * recipientOf(entry) // '254700000002'
 */
export function recipientOf(entry: JournalEntry): string {
  return entry.hash ?? entry.mobile ?? ''
}

/**
 * How a message ends, or undefined when no report ever comes (it stays `SentToNetwork`).
 * The second within its number's range follows from the message id, so it is the same
 * every run.
 * @example
 * outcomeOf(entry) // { description: 'DeliveredToTerminal', afterSeconds: 7 }
 */
export function outcomeOf(entry: JournalEntry): DeliveryOutcome | undefined {
  const magic = magicNumberOf(recipientOf(entry))
  if (!magic) {
    return {
      description: 'DeliveredToTerminal',
      afterSeconds: secondWithin(DELIVERED_AFTER, Number(entry.messageId)),
    }
  }
  if (!magic.after) return undefined
  return {
    description: magic.outcome,
    afterSeconds: secondWithin(magic.after, Number(entry.messageId)),
  }
}

/**
 * When a message goes to the network: its `timeToSend`, or when it was received.
 * @example
 * sentAtOf(entry) // 1893488400000
 */
export function sentAtOf(entry: JournalEntry): number {
  return Date.parse(entry.sendAt ?? entry.receivedAt)
}

/**
 * Where a message is at `now` (ms since the epoch).
 * @example
 * deliveryOf(entry, Date.parse('2030-01-01T09:00:30Z')).description // 'DeliveredToTerminal'
 */
export function deliveryOf(entry: JournalEntry, now: number): Delivery {
  const sentAt = sentAtOf(entry)
  if (now < sentAt) return delivery('Scheduled', sentAt, Date.parse(entry.receivedAt))
  const outcome = outcomeOf(entry)
  const reportAt = outcome === undefined ? undefined : sentAt + outcome.afterSeconds * 1000
  if (outcome === undefined || reportAt === undefined || now < reportAt) {
    return delivery('SentToNetwork', sentAt, sentAt)
  }
  return delivery(outcome.description, sentAt, reportAt)
}
