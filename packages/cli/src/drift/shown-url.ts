/**
 * How a report names a URL: origin and path only. A query string may hold a token, so no
 * report, JSON document or error line of `sendsms drift` shows one.
 */

/**
 * `url` without its query, fragment or final slash.
 * @example
 * shownUrl('https://api.example/v1/?token=abc') // 'https://api.example/v1'
 */
export function shownUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.origin}${parsed.pathname}`.replace(/\/$/, '')
}
