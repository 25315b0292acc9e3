/**
 * One probe request sent to one side (the upstream or the mock) and what came back, read
 * into the facts the comparison needs. Sent with the platform's fetch, not the client: the
 * probes are requests a client would never make (a broken body, PUT), and a redirect is
 * itself an answer worth comparing, so it is not followed. The answer's text passes through
 * the key's redaction before it is parsed, so a key the server echoed can never reach a report.
 */
import { redactSecrets } from '@sendsms/client/settings'
import type { ProbeRequest } from './probes.js'

/** What a side answered: an HTTP answer, or none (the reason in `error`). */
export type Observation =
  | {
      answered: true
      status: number
      /** The media type of `Content-Type` in lower case, without parameters; undefined when absent. */
      contentType: string | undefined
      /** The parsed body when it is JSON; undefined otherwise. */
      json: unknown
      /** Whether the body parsed as JSON. */
      isJson: boolean
      /** The body's length in bytes. */
      bytes: number
    }
  | { answered: false; error: string }

/**
 * Sends `request` to `baseUrl` and observes the answer within `timeoutMs`. Never throws for
 * a failure of the network: that is an observation too. `secrets` are masked in the answer's
 * text before it is read.
 * @example
 * const seen = await exchange('http://127.0.0.1:4010', PROBES[0].build(credentials), { timeoutMs: 5000, secrets: [key] })
 * if (seen.answered) seen.status // 200
 */
export async function exchange(
  baseUrl: string,
  request: ProbeRequest,
  options: { timeoutMs: number; secrets: readonly string[] },
): Promise<Observation> {
  // The path goes under the base URL's own path prefix; its query, if any, is kept.
  const url = new URL(baseUrl)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${request.path}`
  for (const [name, value] of Object.entries(request.query ?? {})) {
    url.searchParams.set(name, value)
  }
  const body =
    request.raw ?? (request.json === undefined ? undefined : JSON.stringify(request.json))
  try {
    const response = await fetch(url, {
      method: request.method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = redactSecrets(new TextDecoder().decode(bytes), options.secrets)
    const parsed = parseJson(text)
    return {
      answered: true,
      status: response.status,
      contentType: mediaType(response.headers.get('content-type')),
      json: parsed.json,
      isJson: parsed.ok,
      bytes: bytes.length,
    }
  } catch (error) {
    return { answered: false, error: describeFailure(error, options.timeoutMs) }
  }
}

function parseJson(text: string): { ok: boolean; json: unknown } {
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch {
    return { ok: false, json: undefined }
  }
}

function mediaType(header: string | null): string | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase()
  return type === undefined || type === '' ? undefined : type
}

// fetch says only "fetch failed"; the system's code (ECONNREFUSED, ENOTFOUND) is in the cause.
function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | undefined)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause
  if (typeof cause?.code === 'string') return `connection failed (${cause.code})`
  if (typeof cause?.message === 'string') return `connection failed (${cause.message})`
  return `connection failed (${error instanceof Error ? error.message : String(error)})`
}
