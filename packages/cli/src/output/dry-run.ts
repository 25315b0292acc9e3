/**
 * Output of `--dry-run`: the plan of a send, readable (a few labelled lines) or as one JSON
 * document with `dryRun: true`.
 */
import type { NumbersCheck } from '@sendsms/client/numbers'
import type { MessageAnalysis } from '@sendsms/wire'
import type { Paint } from './colors.js'
import { formatNumberReport, numberReportJson } from './number-report.js'

/** Everything a dry run found. */
export interface DryRunPlan {
  check: NumbersCheck
  /** Hashes sent as given (`otp --hashed`), besides the numbers checked. */
  hashes: number
  /** One analysis per text (one for send and otp, one per item for bulk). */
  analyses: readonly MessageAnalysis[]
  /** Numbers that would be sent. */
  sent: number
  requests: number
  /** Parts × accepted recipients, summed over the texts. */
  creditNeeded: number
  balance: { asked: true; credit: number; creditText: string } | { asked: false; reason: string }
}

/**
 * The plan as readable lines.
 *
 * @example
 * ```ts
 * formatHumanDryRun(plan, PLAIN)
 * // Dry run: nothing was sent.
 * // Recipients  2 valid, 1 refused
 * // ...
 * ```
 */
export function formatHumanDryRun(plan: DryRunPlan, paint: Paint): string {
  const { check } = plan
  const lines = [paint.bold('Dry run: nothing was sent.')]
  const refused = check.refused.length
  const hashes =
    plan.hashes > 0 ? `, ${plan.hashes} hash${plan.hashes === 1 ? '' : 'es'} as given` : ''
  lines.push(
    `Recipients  ${check.valid.length} valid, ${refused} refused${refused > 0 ? ' (not sent)' : ''}${hashes}`,
  )
  const report = formatNumberReport(check).trimEnd()
  if (report !== '') lines.push(...report.split('\n').map((line) => `  ${paint.yellow(line)}`))
  lines.push(`Message     ${describeTexts(plan.analyses, paint)}`)
  lines.push(`Requests    ${plan.requests} (${plan.sent} number${plan.sent === 1 ? '' : 's'})`)
  lines.push(`Credit      ${plan.creditNeeded} needed`)
  const { balance } = plan
  if (balance.asked) {
    const enough = balance.credit >= plan.creditNeeded
    const verdict = enough ? paint.green('enough') : paint.red('not enough')
    lines.push(`Balance     ${balance.creditText} (${verdict})`)
  } else {
    lines.push(`Balance     not asked: ${balance.reason}`)
  }
  return `${lines.join('\n')}\n`
}

function describeTexts(analyses: readonly MessageAnalysis[], paint: Paint): string {
  if (analyses.length !== 1) {
    const parts = analyses.reduce((sum, analysis) => sum + analysis.parts, 0)
    const ucs2 = analyses.filter((analysis) => analysis.encoding === 'UCS-2').length
    return `${analyses.length} messages, ${parts} parts in all, ${ucs2} of them UCS-2`
  }
  const [analysis] = analyses as [MessageAnalysis]
  const parts = `${analysis.parts} part${analysis.parts === 1 ? '' : 's'} per recipient`
  const text = `${analysis.encoding}, ${parts} (${analysis.units} units, ${analysis.perPart} per part)`
  if (analysis.encoding === 'GSM-7') return text
  const chars = analysis.nonGsm.join(' ')
  return `${text}; ${paint.yellow(`UCS-2 because of ${chars}: a part holds 70 characters instead of 160`)}`
}

/**
 * The plan as one JSON line.
 *
 * @example
 * ```ts
 * JSON.parse(formatJsonDryRun(plan)).dryRun // true
 * ```
 */
export function formatJsonDryRun(plan: DryRunPlan): string {
  const messages = plan.analyses.map(({ encoding, parts, units, perPart, nonGsm }) => ({
    encoding,
    parts,
    units,
    perPart,
    nonGsm,
  }))
  const { balance } = plan
  return `${JSON.stringify({
    ok: true,
    dryRun: true,
    recipients: {
      valid: plan.check.valid.length,
      ...numberReportJson(plan.check),
      ...(plan.hashes > 0 ? { hashes: plan.hashes } : {}),
    },
    ...(messages.length === 1 ? { message: messages[0] } : { messages }),
    sent: plan.sent,
    requests: plan.requests,
    creditNeeded: plan.creditNeeded,
    balance: balance.asked ? { credit: balance.credit, creditText: balance.creditText } : null,
    ...(balance.asked ? {} : { balanceNotAsked: balance.reason }),
  })}\n`
}
