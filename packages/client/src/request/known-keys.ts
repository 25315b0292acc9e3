/**
 * @module
 * Refuses keys the client does not know, in its options and in each method's request: a
 * misspelt option (`maxRetrys`, `timeOutMs`) would otherwise be ignored without a word and
 * the client would quietly do something else than asked. The error suggests the known key
 * closest to the unknown one.
 */
import { type InvalidField, InvalidRequestError } from '../errors/request-errors.js'

// Keys further than this from every known key get no suggestion: a guess that far off
// would mislead more than help.
const MAX_SUGGESTION_DISTANCE = 3

/**
 * The number of single-character insertions, deletions, substitutions or swaps of two
 * neighbours that turn `a` into `b`, ignoring case (optimal string alignment distance).
 */
function distance(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  const rows: number[][] = []
  for (let i = 0; i <= x.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= y.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const above = rows[i - 1] as number[]
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row.push(best)
    }
    rows.push(row)
  }
  return (rows[x.length] as number[])[y.length] as number
}

/**
 * The known key closest to `key`, or `undefined` when none is close enough.
 * @example
 * closestKey('maxRetrys', ['maxRetries', 'timeoutMs']) // 'maxRetries'
 * closestKey('colour', ['maxRetries']) // undefined
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1
  for (const candidate of known) {
    const d = distance(key, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/**
 * Throws `InvalidRequestError(field)` naming the first own key of `value` that is not in
 * `known`, with the closest known key as a suggestion. Keys whose value is `undefined`
 * are refused too: a misspelt key is wrong whatever it holds.
 * @example
 * rejectUnknownKeys({ maxRetrys: 3 }, ['maxRetries'], 'options')
 * // throws InvalidRequestError('options', "unknown option 'maxRetrys' (did you mean 'maxRetries'?)")
 */
export function rejectUnknownKeys(
  value: object,
  known: readonly string[],
  field: InvalidField,
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue
    const suggestion = closestKey(key, known)
    const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`
    throw new InvalidRequestError(field, `unknown option '${key}'${hint}`)
  }
}
