/** Readable and JSON output of a delivery report: every field when known, nothing made up when not. */
import type { DeliveryReport } from '@sendsms/client'
import { DELIVERY_STATUSES, type DeliveryStatus } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { formatHumanReport, formatJsonReport } from './report.js'

/** A status as the spec numbers it. */
function status(description: DeliveryStatus) {
  const found = DELIVERY_STATUSES.find((entry) => entry.description === description)
  if (found === undefined) throw new Error(`no delivery status ${description}`)
  return { status: found.description, statusCode: found.status, final: found.final }
}

const DELIVERED = status('DeliveredToTerminal')
const SCHEDULED = status('Scheduled')

const delivered: DeliveryReport = {
  messageId: '100000001',
  ...DELIVERED,
  turnaround: '00:02:30',
  turnaroundSeconds: 150,
  networkId: '1',
  deliveredAt: new Date('2024-11-01T08:15:32Z'),
}
// What a report may hold before the network answered: only the status.
const bare: DeliveryReport = {
  messageId: '100000002',
  ...SCHEDULED,
  turnaround: undefined,
  turnaroundSeconds: undefined,
  networkId: undefined,
  deliveredAt: undefined,
}

describe('formatHumanReport', () => {
  it('prints every known field on one line, the time in UTC', () => {
    expect(formatHumanReport(delivered)).toBe(
      `100000001  DeliveredToTerminal (${DELIVERED.statusCode})  final  network 1  after 00:02:30  at 2024-11-01T08:15:32.000Z\n`,
    )
  })

  it('leaves out the network, the turnaround and the time when the report has none', () => {
    expect(formatHumanReport(bare)).toBe(
      `100000002  Scheduled (${SCHEDULED.statusCode})  not final yet\n`,
    )
  })
})

describe('formatJsonReport', () => {
  it('prints null for each field the report does not have', () => {
    expect(JSON.parse(formatJsonReport(bare))).toEqual({
      ok: true,
      report: {
        messageId: '100000002',
        ...SCHEDULED,
        turnaround: null,
        turnaroundSeconds: null,
        networkId: null,
        deliveredAt: null,
      },
    })
  })
})
