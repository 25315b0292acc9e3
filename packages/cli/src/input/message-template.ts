/**
 * Message templates of a CSV bulk file: a message cell such as `Hello {name}, your order
 * {order} shipped` is filled from the columns of its own row, so one file carries a
 * personal message per row. A `{word}` that names no column is refused: a typo would
 * otherwise reach every recipient as written.
 */

/**
 * Fills the `{column}` placeholders of `template` from `row` (header name → cell). Names
 * match exactly, else ignoring case, spaces, `_` and `-`. Returns the text, or the first
 * placeholder no column has.
 *
 * @example
 * ```ts
 * fillTemplate('Hello {name}', { name: 'Ann' })   // { text: 'Hello Ann' }
 * fillTemplate('Hello {nmae}', { name: 'Ann' })   // { missing: 'nmae' }
 * fillTemplate('Price {5}', {})                   // { missing: '5' }
 * ```
 */
export function fillTemplate(
  template: string,
  row: Readonly<Record<string, string>>,
): { text: string; missing?: undefined } | { missing: string; text?: undefined } {
  const loose = new Map(Object.entries(row).map(([name, value]) => [looseName(name), value]))
  let missing: string | undefined
  const text = template.replace(/\{([^{}\n]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(row, name) ? row[name] : loose.get(looseName(name))
    if (value === undefined) missing ??= name
    return value ?? whole
  })
  return missing === undefined ? { text } : { missing }
}

function looseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '')
}
