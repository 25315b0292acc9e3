/**
 * @module
 * A fault directive: what one request must suffer, every choice made (a random latency
 * drawn), with its label. The label is the fault in the `X-Mock-Fault` header's syntax
 * (`http-503`, `latency-120`, `reset;reached=false`), so what the request log shows can be
 * sent back in the header to get the same fault again.
 */
import { type FaultAction, REACHES_RULES_BY_DEFAULT } from './fault-spec.js'

/**
 * One request's fault, ready to carry out.
 * @example
 * const directive: FaultDirective = { kind: 'latency', ms: 120, reached: true, label: 'latency-120' }
 */
export type FaultDirective = (
  | Exclude<FaultAction, { kind: 'latency' }>
  | { kind: 'latency'; ms: number; reached: true }
) & { label: string }

/**
 * The directive for an action: a latency range drawn with `random`, the label added.
 * @example
 * directiveOf({ kind: 'latency', minMs: 100, maxMs: 200, reached: true }, () => 0.5).ms // 150
 * directiveOf({ kind: 'reset', reached: false }, Math.random).label // 'reset;reached=false'
 */
export function directiveOf(action: FaultAction, random: () => number): FaultDirective {
  if (action.kind !== 'latency') return { ...action, label: labelOf(action) }
  const { minMs, maxMs } = action
  const ms = minMs === maxMs ? minMs : minMs + Math.floor(random() * (maxMs - minMs + 1))
  return { kind: 'latency', ms, reached: true, label: `latency-${ms}` }
}

function labelOf(action: Exclude<FaultAction, { kind: 'latency' }>): string {
  const reached =
    action.reached === REACHES_RULES_BY_DEFAULT[action.kind] ? '' : `;reached=${action.reached}`
  switch (action.kind) {
    case 'code':
      return `code-${action.code}`
    case 'http':
      return `http-${action.status}${reached}`
    case 'slow-body':
      return `slow-body-${action.ms}`
    default:
      return `${action.kind}${reached}`
  }
}
