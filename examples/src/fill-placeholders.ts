/**
 * Fills an example's `{{placeholders}}` as a developer following the provider's page would.
 */

/** What to put in place of the page's placeholders. */
export interface ExampleValues {
  /** Base address of the API, e.g. `http://127.0.0.1:4010` (replaces `https://{{url}}`). */
  baseUrl: string
  apikey: string
  partnerID: string
  shortcode: string
  mobile: string
  message: string
}

/**
 * Returns the example's source with every placeholder replaced. The message is URL-encoded
 * where the example writes it straight into a URL, as the page asks.
 * @example
 * fillPlaceholders("get('https://{{url}}/x?m={{message}}')", values)
 */
export function fillPlaceholders(source: string, values: ExampleValues): string {
  const filled = source.replaceAll('https://{{url}}', values.baseUrl)
  return filled.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string, offset: number) => {
    if (!(name in values) || name === 'baseUrl') {
      throw new Error(`Example has an unknown placeholder ${placeholder}`)
    }
    const value = values[name as keyof ExampleValues]
    const line = filled.slice(filled.lastIndexOf('\n', offset) + 1, offset)
    return line.includes('?') && line.includes('http') ? encodeURIComponent(value) : value
  })
}
