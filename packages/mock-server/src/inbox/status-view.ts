/**
 * @module
 * A message's status as the inbox shows it: the `delivery` of `GET /__mock/messages`
 * (derived from its entry and the clock, as getdlr derives it) and when it changes next,
 * so a page on a real clock knows when to look again without being told.
 */
import { type DeliveryView, deliveryView } from '../control/delivery-view.js'
import { outcomeOf, sentAtOf } from '../state/deliveries.js'
import type { JournalEntry } from '../state/journal.js'

/**
 * The status of a message now, and the time of its next change.
 * @example
 * const view: StatusView = { status: 8, description: 'SentToNetwork', final: false, since: '2030-01-01T06:00:00.000Z', nextAt: '2030-01-01T06:00:07.000Z' }
 */
export interface StatusView extends DeliveryView {
  /** When the status changes next, on the mock's clock (ISO 8601); null when it never does. */
  nextAt: string | null
}

/**
 * The status of `entry` at `now` (ms since the epoch).
 * @example
 * statusView(entry, clock.nowMs()).nextAt // '2030-01-01T06:00:07.000Z'
 */
export function statusView(entry: JournalEntry, now: number): StatusView {
  const view = deliveryView(entry, now)
  const sentAt = sentAtOf(entry)
  let next: number | undefined
  if (view.description === 'Scheduled') next = sentAt
  else if (!view.final) {
    const outcome = outcomeOf(entry)
    if (outcome !== undefined) next = sentAt + outcome.afterSeconds * 1000
  }
  const nextAt = next !== undefined && Number.isFinite(next) ? new Date(next).toISOString() : null
  return { ...view, nextAt }
}
