/**
 * @module
 * Reads the V4 pact files the consumer tests wrote, typed just enough for the provider
 * verification and the spec check to walk their HTTP interactions.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A request or response body as Pact V4 stores it.
 * @example
 * const body: PactBody = { content: { responses: [] }, contentType: 'application/json', encoded: false }
 */
export interface PactBody {
  content?: unknown
  contentType?: string
  /** `false` when `content` is JSON as is; an encoding name such as `base64` otherwise. */
  encoded?: boolean | string
}

/**
 * One synchronous HTTP interaction of a V4 pact file.
 * @example
 * const interaction: PactInteraction = readPactFiles(PACT_DIR)[0].pact.interactions[0]
 */
export interface PactInteraction {
  type: string
  description: string
  providerStates?: { name: string; params?: Record<string, unknown> }[]
  request: {
    method: string
    path: string
    query?: Record<string, string[]>
    headers?: Record<string, string[]>
    body?: PactBody
  }
  response: {
    status: number
    headers?: Record<string, string[]>
    body?: PactBody
  }
}

/**
 * A V4 pact file: one consumer, one provider, their interactions.
 * @example
 * const pact: PactFile = JSON.parse(readFileSync(path, 'utf8'))
 */
export interface PactFile {
  consumer: { name: string }
  provider: { name: string }
  interactions: PactInteraction[]
  metadata?: Record<string, unknown>
}

/**
 * A pact file and where it was read from.
 * @example
 * const [{ path, pact }] = readPactFiles(PACT_DIR)
 */
export interface LoadedPact {
  path: string
  pact: PactFile
}

/**
 * Paths of every `*.json` file in `dir`, sorted; none when the directory is missing.
 * @example
 * listPactFiles(PACT_DIR) // ['/…/pacts/sendsms-cli-advanta-sms-api.json', …]
 */
export function listPactFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name))
}

/**
 * Every pact file in `dir`, parsed.
 * @example
 * for (const { pact } of readPactFiles(PACT_DIR)) console.log(pact.consumer.name)
 */
export function readPactFiles(dir: string): LoadedPact[] {
  return listPactFiles(dir).map((path) => ({
    path,
    pact: JSON.parse(readFileSync(path, 'utf8')) as PactFile,
  }))
}

/**
 * The JSON value of a body, decoding it when Pact stored it encoded (`base64`, `json`).
 * @example
 * bodyJson({ content: { responses: [] }, contentType: 'application/json', encoded: false })
 * // { responses: [] }
 */
export function bodyJson(body: PactBody | undefined): unknown {
  if (!body || body.content === undefined) return undefined
  const { content, encoded } = body
  // `encoded: false` means the content is the JSON value itself, even when it is a string.
  if (typeof content !== 'string' || !encoded) return content
  const text = encoded === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content
  return JSON.parse(text)
}
