/**
 * @module
 * A caller's own HTTP code, as an app without `@sendsms/client` writes it: the request a
 * ready interaction describes, sent with `fetch` to Pact's mock server, and its JSON answer.
 */
import type { ReadyInteraction } from '../consumer/ready-interaction.js'

/**
 * Sends `interaction`'s request to `baseUrl` and resolves with the answer's JSON.
 * @example
 * const answer = await plainFetch(server.url, interactions.getBalance.ok())
 */
export async function plainFetch(baseUrl: string, interaction: ReadyInteraction): Promise<unknown> {
  const { method, path, params } = interaction.request
  const url = new URL(path, baseUrl)
  if (method === 'GET') {
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value))
    return (await fetch(url)).json()
  }
  const headers = { 'content-type': 'application/json' }
  return (await fetch(url, { method, headers, body: JSON.stringify(params) })).json()
}
