/**
 * The comparison of `sendsms drift`: what the upstream answered a probe against what the
 * mock answered the same probe, field by field. Compared: the HTTP status, the content type,
 * whether the body is JSON, its shape (keys, rows), the JSON type of every field, the code
 * and the spelling of its key, and descriptions as exact text. Values that differ between
 * accounts by nature (the credit, the partner ID, message ids, times) are compared by type
 * and by format (digits, decimal, date and time), never by value, so no report holds them.
 */
import { CODE_KEY, type EndpointName, MISSPELLED_CODE_KEY, readCode } from '@sendsms/wire'
import type { Observation } from './exchange.js'
import { codesAllowed, descriptionDocumented, jsonType, typesAllowed } from './spec-allowance.js'

/**
 * What differs: the answer itself (one side gave none), `status`, `content-type`, `body`
 * (JSON or not), `code-key` (its spelling), `code`, `description`, `type`, `format`,
 * `missing` (a field the upstream lacks), `extra` (one only the upstream has), `rows`.
 * @example
 * const kind: DifferenceKind = 'code-key'
 */
export type DifferenceKind =
  | 'answer'
  | 'status'
  | 'content-type'
  | 'body'
  | 'code-key'
  | 'code'
  | 'description'
  | 'type'
  | 'format'
  | 'missing'
  | 'extra'
  | 'rows'

/** One difference between the two answers to a probe. */
export interface Difference {
  /** Where: `status`, `content-type`, `body`, or a field such as `body.responses[0].messageid`. */
  path: string
  kind: DifferenceKind
  /** The mock's side: a status, a type or format name, a code, a description; null when absent. */
  mock: string | number | null
  /** The upstream's side, in the same terms. */
  upstream: string | number | null
  /** Whether the spec documents the upstream's form as well as the mock's. */
  allowedBySpec: boolean
}

// Fields compared by their exact text; every other string by its format.
const TEXT_KEYS: ReadonlySet<string> = new Set(['response-description', 'delivery-description'])
const CODE_KEYS: ReadonlySet<string> = new Set([CODE_KEY, MISSPELLED_CODE_KEY])

/**
 * Every difference between the mock's and the upstream's answer to one probe of `endpoint`
 * (undefined for a path that is no endpoint), in the order of the mock's answer.
 * @example
 * compareAnswers(mockSeen, upstreamSeen, { endpoint: 'getbalance' })
 * // [{ path: 'body.response-code', kind: 'code-key', mock: 'response-code', upstream: 'respose-code', allowedBySpec: true }]
 */
export function compareAnswers(
  mock: Observation,
  upstream: Observation,
  context: { endpoint: EndpointName | undefined },
): Difference[] {
  if (!mock.answered || !upstream.answered) {
    if (mock.answered === upstream.answered) return []
    return [difference('answer', 'answer', summary(mock), summary(upstream))]
  }
  const found: Difference[] = []
  if (mock.status !== upstream.status) {
    found.push(difference('status', 'status', mock.status, upstream.status))
  }
  if (mock.contentType !== upstream.contentType) {
    const [m, u] = [mock.contentType ?? null, upstream.contentType ?? null]
    found.push(difference('content-type', 'content-type', m, u))
  }
  if (mock.isJson !== upstream.isJson) {
    found.push(difference('body', 'body', bodySummary(mock), bodySummary(upstream)))
  } else if (mock.isJson) {
    new Walk(context.endpoint, found).value('body', undefined, mock.json, upstream.json)
  }
  return found
}

function difference(
  path: string,
  kind: DifferenceKind,
  mock: string | number | null,
  upstream: string | number | null,
  allowedBySpec = false,
): Difference {
  return { path, kind, mock, upstream, allowedBySpec }
}

function summary(seen: Observation): string {
  return seen.answered ? `HTTP ${seen.status}` : seen.error
}

function bodySummary(seen: Observation & { answered: true }): string {
  return seen.isJson ? 'JSON' : `not JSON (${seen.bytes} bytes)`
}

// The walk over two JSON values, collecting differences.
class Walk {
  constructor(
    private readonly endpoint: EndpointName | undefined,
    private readonly found: Difference[],
  ) {}

  value(path: string, key: string | undefined, mock: unknown, upstream: unknown, code?: number) {
    const [mockType, upstreamType] = [jsonType(mock), jsonType(upstream)]
    if (mockType !== upstreamType) {
      const allowed = key !== undefined && typesAllowed(this.endpoint, key, mockType, upstreamType)
      this.found.push(difference(path, 'type', mockType, upstreamType, allowed))
      return
    }
    if (Array.isArray(mock)) this.rows(path, mock, upstream as unknown[])
    else if (mockType === 'object') {
      this.object(path, mock as Record<string, unknown>, upstream as Record<string, unknown>)
    } else if (key !== undefined && TEXT_KEYS.has(key)) {
      if (mock !== upstream) {
        const allowed = descriptionDocumented(this.endpoint, code, upstream)
        this.found.push(difference(path, 'description', String(mock), String(upstream), allowed))
      }
    } else if (typeof mock === 'string') {
      const [m, u] = [formatOf(mock), formatOf(upstream as string)]
      if (m !== u) this.found.push(difference(path, 'format', m, u))
    }
  }

  private rows(path: string, mock: unknown[], upstream: unknown[]) {
    if (mock.length !== upstream.length) {
      this.found.push(difference(path, 'rows', mock.length, upstream.length))
    }
    for (let index = 0; index < Math.min(mock.length, upstream.length); index++) {
      this.value(`${path}[${index}]`, undefined, mock[index], upstream[index])
    }
  }

  private object(path: string, mock: Record<string, unknown>, upstream: Record<string, unknown>) {
    const upstreamCode = readCode(upstream)
    this.code(path, mock, upstream)
    for (const key of Object.keys(mock)) {
      if (CODE_KEYS.has(key)) continue
      const at = `${path}.${key}`
      if (!Object.hasOwn(upstream, key)) {
        this.found.push(difference(at, 'missing', jsonType(mock[key]), null))
      } else this.value(at, key, mock[key], upstream[key], upstreamCode)
    }
    for (const key of Object.keys(upstream)) {
      if (CODE_KEYS.has(key) || Object.hasOwn(mock, key)) continue
      this.found.push(difference(`${path}.${key}`, 'extra', null, jsonType(upstream[key])))
    }
  }

  // The code: its key's spelling (both are the spec's), its type, its value.
  private code(path: string, mock: Record<string, unknown>, upstream: Record<string, unknown>) {
    const mockKey = codeKeyOf(mock)
    const upstreamKey = codeKeyOf(upstream)
    if (mockKey === undefined && upstreamKey === undefined) return
    const at = `${path}.${mockKey ?? upstreamKey}`
    if (mockKey === undefined || upstreamKey === undefined) {
      const present = (object: Record<string, unknown>, key: string | undefined) =>
        key === undefined ? null : jsonType(object[key])
      const kind = mockKey === undefined ? 'extra' : 'missing'
      this.found.push(difference(at, kind, present(mock, mockKey), present(upstream, upstreamKey)))
      return
    }
    if (mockKey !== upstreamKey) {
      this.found.push(difference(at, 'code-key', mockKey, upstreamKey, true))
    }
    const [mockType, upstreamType] = [jsonType(mock[mockKey]), jsonType(upstream[upstreamKey])]
    if (mockType !== upstreamType) {
      this.found.push(difference(at, 'type', mockType, upstreamType))
    }
    const [mockCode, upstreamCode] = [readCode(mock), readCode(upstream)]
    if (mockCode !== upstreamCode) {
      const allowed = codesAllowed(this.endpoint, mockCode, upstreamCode)
      const shown = (code: number | undefined, raw: unknown) => code ?? jsonType(raw)
      this.found.push(
        difference(
          at,
          'code',
          shown(mockCode, mock[mockKey]),
          shown(upstreamCode, upstream[upstreamKey]),
          allowed,
        ),
      )
    }
  }
}

function codeKeyOf(object: Record<string, unknown>): string | undefined {
  if (Object.hasOwn(object, CODE_KEY)) return CODE_KEY
  return Object.hasOwn(object, MISSPELLED_CODE_KEY) ? MISSPELLED_CODE_KEY : undefined
}

/**
 * The format of a string whose value is compared by its form only.
 * @example
 * formatOf('545.00') // 'decimal'
 * formatOf('2030-01-01 09:00:20') // 'date and time'
 */
export function formatOf(text: string): string {
  if (text === '') return 'empty'
  if (/^\d+$/.test(text)) return 'digits'
  if (/^\d+\.\d+$/.test(text)) return 'decimal'
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text)) return 'date and time'
  if (/^\d{2}:\d{2}:\d{2}$/.test(text)) return 'duration'
  return 'text'
}
