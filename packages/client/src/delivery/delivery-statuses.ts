/**
 * @module
 * The delivery statuses of the provider's delivery-status page, from the OpenAPI document
 * through `@sendsms/wire`: each status's description (what `delivery-description` and a
 * callback's `description` carry), its number (`delivery-status`) and whether it is final.
 */
import { DELIVERY_STATUSES, type DeliveryStatus } from '@sendsms/wire'

export { DELIVERY_STATUSES, type DeliveryStatus }

/**
 * One entry of `DELIVERY_STATUSES`: a status's description, its number and whether it is final.
 * @example
 * const delivered: DeliveryStatusEntry = { description: 'DeliveredToTerminal', status: 32, final: true }
 */
export type DeliveryStatusEntry = (typeof DELIVERY_STATUSES)[number]

const BY_DESCRIPTION = new Map<string, DeliveryStatusEntry>(
  DELIVERY_STATUSES.map((entry) => [entry.description, entry]),
)
// Answers are read tolerantly: live descriptions have been seen in lower case.
const BY_FOLDED = new Map<string, DeliveryStatusEntry>(
  DELIVERY_STATUSES.map((entry) => [entry.description.toLowerCase(), entry]),
)
const BY_STATUS = new Map<number, DeliveryStatusEntry>(
  DELIVERY_STATUSES.map((entry) => [entry.status, entry]),
)

/**
 * The status whose description is exactly `description`, as the spec spells it.
 * @example
 * statusNamed('SentToNetwork')?.final // false
 * statusNamed('sentToNetwork') // undefined
 */
export function statusNamed(description: string): DeliveryStatusEntry | undefined {
  return BY_DESCRIPTION.get(description)
}

/**
 * The status whose description reads as `description`, ignoring case and blanks around it.
 * @example
 * statusReadAs(' deliveredtoterminal ')?.status // 32
 */
export function statusReadAs(description: string): DeliveryStatusEntry | undefined {
  return BY_FOLDED.get(description.trim().toLowerCase())
}

/**
 * The status sent as the number `status` (`delivery-status`).
 * @example
 * statusNumbered(32)?.description // 'DeliveredToTerminal'
 */
export function statusNumbered(status: number): DeliveryStatusEntry | undefined {
  return BY_STATUS.get(status)
}
