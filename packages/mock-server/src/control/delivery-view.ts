/**
 * @module
 * A message's delivery status as `GET /__mock/messages` shows it beside its journal entry:
 * derived at the time of the request, as getdlr derives it.
 */
import type { DeliveryStatus } from '@sendsms/wire'
import { deliveryOf } from '../state/deliveries.js'
import type { JournalEntry } from '../state/journal.js'

/**
 * The `delivery` field of a listed message.
 * @example
 * const view: DeliveryView = { status: 32, description: 'DeliveredToTerminal', final: true, since: '2030-01-01T09:00:07.000Z' }
 */
export interface DeliveryView {
  /** The number sent as `delivery-status`. */
  status: number
  description: DeliveryStatus
  /** Whether it stays in this status for good. */
  final: boolean
  /** When this status began, on the mock's clock (ISO 8601); null for an entry whose times are not times. */
  since: string | null
}

/**
 * The delivery status of `entry` at `now` (ms since the epoch).
 * @example
 * deliveryView(entry, clock.nowMs()).description // 'SentToNetwork'
 */
export function deliveryView(entry: JournalEntry, now: number): DeliveryView {
  const { status, description, final, since } = deliveryOf(entry, now)
  const when = Number.isFinite(since) ? new Date(since).toISOString() : null
  return { status, description, final, since: when }
}
