/**
 * Output of `sendsms status`: one readable line, or one JSON document with --json. Times are
 * ISO 8601 in UTC, unambiguous whatever the reader's time zone (the provider writes East
 * Africa Time; the client has read it as the instant it is).
 */
import type { DeliveryReport } from '@sendsms/client'

/**
 * The report as a line: id, status and its number, whether it is final, then what is known
 * of the network, the turnaround and the time.
 *
 * @example
 * ```ts
 * formatHumanReport(report)
 * // '100000001  DeliveredToTerminal (32)  final  network 1  after 00:02:30  at 2024-11-01T08:15:32.000Z\n'
 * ```
 */
export function formatHumanReport(report: DeliveryReport): string {
  const parts = [
    report.messageId,
    `${report.status} (${report.statusCode})`,
    report.final ? 'final' : 'not final yet',
  ]
  if (report.networkId !== undefined) parts.push(`network ${report.networkId}`)
  if (report.turnaround !== undefined) parts.push(`after ${report.turnaround}`)
  if (report.deliveredAt !== undefined) parts.push(`at ${report.deliveredAt.toISOString()}`)
  return `${parts.join('  ')}\n`
}

/** The report in the JSON output; absent fields are `null` so every report has the same keys. */
export interface JsonReport {
  messageId: string
  status: string
  statusCode: number
  final: boolean
  turnaround: string | null
  turnaroundSeconds: number | null
  networkId: string | null
  deliveredAt: string | null
}

/**
 * The report as one JSON line: `{ ok: true, report: { … } }`, `deliveredAt` in ISO 8601.
 *
 * @example
 * ```ts
 * formatJsonReport(report)
 * // '{"ok":true,"report":{"messageId":"100000001","status":"DeliveredToTerminal",…}}\n'
 * ```
 */
export function formatJsonReport(report: DeliveryReport): string {
  const json: JsonReport = {
    messageId: report.messageId,
    status: report.status,
    statusCode: report.statusCode,
    final: report.final,
    turnaround: report.turnaround ?? null,
    turnaroundSeconds: report.turnaroundSeconds ?? null,
    networkId: report.networkId ?? null,
    deliveredAt: report.deliveredAt?.toISOString() ?? null,
  }
  return `${JSON.stringify({ ok: true, report: json })}\n`
}
