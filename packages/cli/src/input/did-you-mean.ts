/**
 * @module
 * "Did you mean …?" for a mistyped command, flag or column: the closest known name by edit
 * distance, when it is close enough to be what was meant.
 */

/**
 * The known name closest to `given`, or undefined when none is within a third of its length
 * (at least one edit, at most three), so a wild guess is never offered.
 *
 * @example
 * ```ts
 * closestName('sned', ['send', 'bulk', 'otp']) // 'send'
 * closestName('xyz', ['send', 'bulk'])         // undefined
 * ```
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(given.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const name of known) {
    const distance = editDistance(given.toLowerCase(), name.toLowerCase())
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best
}

/**
 * A hint line: "Did you mean 'X'?" with the closest name, else the fallback.
 *
 * @example
 * ```ts
 * suggestionHint('sned', ['send'], { fallback: 'See --help.', render: (n) => `sendsms ${n}` })
 * // "Did you mean 'sendsms send'?"
 * ```
 */
export function suggestionHint(
  given: string,
  known: readonly string[],
  options: { fallback: string; render?: (name: string) => string },
): string {
  const name = closestName(given, known)
  if (name === undefined) return options.fallback
  return `Did you mean '${options.render ? options.render(name) : name}'?`
}

/** Levenshtein distance, with a transposition (`sned` → `send`) counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const row = rows[i] as number[]
      const above = rows[i - 1] as number[]
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1)
      }
      row[j] = value
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0
}
