/**
 * Output of `sendsms balance`: one readable line, or one JSON document with --json.
 */
import type { Balance } from '@sendsms/client'

/**
 * The balance as a line such as "545.00 credit left (partner ID 12345)".
 *
 * @example
 * ```ts
 * formatHumanBalance({ credit: 545, creditText: '545.00', partnerId: '12345' })
 * // '545.00 credit left (partner ID 12345)\n'
 * ```
 */
export function formatHumanBalance(balance: Balance): string {
  return `${balance.creditText} credit left (partner ID ${balance.partnerId})\n`
}

/**
 * The balance as one JSON line: `{ ok: true, balance: { credit, creditText, partnerId } }`.
 *
 * @example
 * ```ts
 * formatJsonBalance({ credit: 545, creditText: '545.00', partnerId: '12345' })
 * // '{"ok":true,"balance":{"credit":545,"creditText":"545.00","partnerId":"12345"}}\n'
 * ```
 */
export function formatJsonBalance(balance: Balance): string {
  const { credit, creditText, partnerId } = balance
  return `${JSON.stringify({ ok: true, balance: { credit, creditText, partnerId } })}\n`
}
