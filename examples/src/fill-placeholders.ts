/**
 * @module
 * Fills an example's `{{placeholders}}` as a developer following the provider's page would:
 * the base URL becomes the mock's address and every other `{{name}}` its value, written in
 * as typed (a number where the page leaves the placeholder unquoted, e.g. `{{count}}`).
 */

/** What to put in place of the page's placeholders. */
export interface ExampleValues {
  /** Base address of the API, e.g. `http://127.0.0.1:4010` (replaces `https://{{url}}`). */
  baseUrl: string
  /** The value of each other `{{name}}`, e.g. `apikey`, `mobile1`, `clientsmsid1`. */
  [placeholder: string]: string
}

/**
 * Returns the example's source with every placeholder replaced. A value is URL-encoded
 * where the example writes it straight into a URL, as the page asks; a placeholder with
 * no value is refused, so an example cannot run with `{{…}}` left in it.
 * @example
 * fillPlaceholders("get('https://{{url}}/x?m={{message}}')", { baseUrl: 'http://127.0.0.1:4010', message: 'Hi there' })
 * // "get('http://127.0.0.1:4010/x?m=Hi%20there')"
 */
export function fillPlaceholders(source: string, values: ExampleValues): string {
  const filled = source.replaceAll('https://{{url}}', values.baseUrl)
  return filled.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string, offset: number) => {
    const value = name === 'baseUrl' ? undefined : values[name]
    if (value === undefined) {
      throw new Error(`Example has an unknown placeholder ${placeholder}`)
    }
    const line = filled.slice(filled.lastIndexOf('\n', offset) + 1, offset)
    return line.includes('?') && line.includes('http') ? encodeURIComponent(value) : value
  })
}
