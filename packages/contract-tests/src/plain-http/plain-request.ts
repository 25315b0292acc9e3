/**
 * @module
 * The plain-http consumer's own code: it writes each request by hand, as the provider's
 * PHP and Python samples and curl do, from the same interaction the pact records, and reads
 * the answer as JSON.
 */
import type { V3MockServer } from '@pact-foundation/pact'
import { type InteractionSpec, pathOf } from '../fixtures/interaction.js'

/**
 * Sends the interaction's request to `mockServer` and resolves with the HTTP status and the
 * parsed answer.
 * @example
 * const { status, answer } = await plainRequest(mockServer, spec)
 */
export async function plainRequest(
  mockServer: V3MockServer,
  spec: InteractionSpec,
): Promise<{ status: number; answer: unknown }> {
  const url = new URL(pathOf(spec), mockServer.url)
  let init: RequestInit = { method: spec.method }
  if (spec.method === 'GET') {
    for (const [key, value] of Object.entries(spec.params)) url.searchParams.set(key, String(value))
  } else if (spec.rawBody) {
    init = {
      ...init,
      headers: { 'content-type': spec.rawBody.contentType },
      body: spec.rawBody.text,
    }
  } else {
    const body = spec.jsonArray ? [spec.params] : spec.params
    init = { ...init, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  }
  const response = await fetch(url, init)
  return { status: response.status, answer: await response.json() }
}
