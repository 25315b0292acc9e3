/**
 * @module
 * What a fault is: its kind (a top-level code, or one of the failures a network or a proxy
 * in front of the API gives), the settings of that kind, whether the request reaches the
 * rules first, and which requests it is for. `checkFault` reads any input (a test's object
 * or a control body) into a `FaultSpec` or says in a TypeError what is wrong, so the
 * in-process `mock.faults.push` and `POST /__mock/faults` accept exactly the same faults.
 */
import { describeCode, ENDPOINTS, type EndpointName } from '@sendsms/wire'

/**
 * Every kind of fault, `code` first (the only kind before transport faults).
 * @example
 * FAULT_KINDS.includes('reset') // true
 */
export const FAULT_KINDS = Object.freeze([
  'code',
  'latency',
  'hang',
  'http',
  'reset',
  'truncated',
  'slow-body',
] as const)

/**
 * A kind of fault.
 * @example
 * const kind: FaultKind = 'slow-body'
 */
export type FaultKind = (typeof FAULT_KINDS)[number]

/**
 * The HTTP statuses an `http` fault answers: what a proxy in front of the API gives when
 * the API fails (500), cannot be reached (502), is overloaded (503) or too slow (504).
 * @example
 * PROXY_STATUSES.includes(503) // true
 */
export const PROXY_STATUSES = Object.freeze([500, 502, 503, 504] as const)

/**
 * The longest delay a fault may hold a request (latency, slow-body), so sockets and timers
 * stay bounded however a fault is set.
 * @unit milliseconds
 * @example
 * MAX_FAULT_DELAY_MS // 60000
 */
export const MAX_FAULT_DELAY_MS = 60_000

/**
 * Whether a kind reaches the rules (the message is accepted and journaled) unless its
 * input says otherwise. A proxy's 5xx answers in front of the API, so it does not; a
 * hang, reset, cut or slow answer comes after the API acted, the "may have been sent"
 * case. A code is the API refusing, so its rules never run. `latency`, `truncated` and
 * `slow-body` carry the real answer, so they always reach the rules.
 * @example
 * REACHES_RULES_BY_DEFAULT.http // false
 */
export const REACHES_RULES_BY_DEFAULT: Readonly<Record<FaultKind, boolean>> = Object.freeze({
  code: false,
  latency: true,
  hang: true,
  http: false,
  reset: true,
  truncated: true,
  'slow-body': true,
})

// The kinds whose `reached` may be chosen; the others have only their default.
const REACHED_CHOSEN: ReadonlySet<FaultKind> = new Set(['hang', 'http', 'reset'])

/**
 * Which requests a fault is for: the next `count` (default 1), or each with `probability`
 * drawn from a PRNG seeded with `seed` (then for at most `count` hits when given), only
 * those to `endpoint` when given.
 * @example
 * const selection: FaultSelection = { endpoint: 'sendsms', probability: 0.2, seed: 7 }
 */
export interface FaultSelection {
  /** How many requests it applies to. Default 1, or no limit with `probability`. */
  count?: number
  /** Only requests to this endpoint. Default: any provider endpoint. */
  endpoint?: EndpointName
  /** The chance (0 to 1) that a request gets it; each request draws once. */
  probability?: number
  /**
   * Seeds the draws (and a random latency), so the same seed picks the same requests.
   * An integer from 0 to 2^32 - 1; default 1.
   */
  seed?: number
}

/**
 * A top-level code, answered in place of the rules (the only form before transport faults).
 * @example
 * const fault: CodeFaultInput = { code: 4090, count: 2 }
 */
export interface CodeFaultInput extends FaultSelection {
  kind?: 'code'
  /** The top-level code to answer, e.g. 4090. */
  code: number
  /** Description; defaults to the documented one. Required for undocumented codes. */
  description?: string
}

/**
 * The real answer, late: `ms`, or a random delay from `minMs` to `maxMs` (both included).
 * @example
 * const fault: LatencyFaultInput = { kind: 'latency', minMs: 10, maxMs: 50 }
 */
export interface LatencyFaultInput extends FaultSelection {
  kind: 'latency'
  /** @unit milliseconds */
  ms?: number
  /** @unit milliseconds */
  minMs?: number
  /** @unit milliseconds */
  maxMs?: number
}

/**
 * No answer at all, the connection left open.
 * @example
 * const fault: HangFaultInput = { kind: 'hang', reached: false }
 */
export interface HangFaultInput extends FaultSelection {
  kind: 'hang'
  /** Run the rules first. Default true. */
  reached?: boolean
}

/**
 * A proxy's error page (`text/html`) with a 5xx status.
 * @example
 * const fault: HttpFaultInput = { kind: 'http', status: 503 }
 */
export interface HttpFaultInput extends FaultSelection {
  kind: 'http'
  status: (typeof PROXY_STATUSES)[number]
  /** Run the rules first (a 504 after the API acted). Default false. */
  reached?: boolean
}

/**
 * The connection destroyed without an answer.
 * @example
 * const fault: ResetFaultInput = { kind: 'reset' }
 */
export interface ResetFaultInput extends FaultSelection {
  kind: 'reset'
  /** Run the rules first. Default true. */
  reached?: boolean
}

/**
 * The real answer cut short: its first half, as a complete HTTP message (so a JSON that
 * does not parse), the connection then closed.
 * @example
 * const fault: TruncatedFaultInput = { kind: 'truncated' }
 */
export interface TruncatedFaultInput extends FaultSelection {
  kind: 'truncated'
}

/**
 * The real answer's headers at once, its body trickled over `ms`.
 * @example
 * const fault: SlowBodyFaultInput = { kind: 'slow-body', ms: 200 }
 */
export interface SlowBodyFaultInput extends FaultSelection {
  kind: 'slow-body'
  /** @unit milliseconds */
  ms: number
}

/**
 * A fault to inject, of any kind.
 * @example
 * const faults: FaultInput[] = [{ code: 4090 }, { kind: 'http', status: 503, endpoint: 'getbalance' }]
 */
export type FaultInput =
  | CodeFaultInput
  | LatencyFaultInput
  | HangFaultInput
  | HttpFaultInput
  | ResetFaultInput
  | TruncatedFaultInput
  | SlowBodyFaultInput

/**
 * What a fault does once chosen, its defaults filled: the part a request carries out.
 * @example
 * const action: FaultAction = { kind: 'http', status: 503, reached: false }
 */
export type FaultAction =
  | { kind: 'code'; code: number; description: string; reached: false }
  | { kind: 'latency'; minMs: number; maxMs: number; reached: true }
  | { kind: 'hang' | 'reset'; reached: boolean }
  | { kind: 'http'; status: number; reached: boolean }
  | { kind: 'truncated'; reached: true }
  | { kind: 'slow-body'; ms: number; reached: true }

/**
 * A checked fault: what it does and which requests it is for.
 * @example
 * checkFault({ kind: 'reset', count: 2 }) // { action: { kind: 'reset', reached: true }, count: 2, endpoint: undefined, probability: undefined, seed: 1 }
 */
export interface FaultSpec {
  action: FaultAction
  /** Undefined: no limit (a fault with a probability and no count). */
  count: number | undefined
  endpoint: EndpointName | undefined
  probability: number | undefined
  seed: number
}

/**
 * The seed of a fault that names none.
 * @example
 * checkFault({ kind: 'hang' }).seed // 1
 */
export const DEFAULT_FAULT_SEED = 1

const SELECTION_KEYS = ['count', 'endpoint', 'probability', 'seed']
const SETTINGS: Readonly<Record<FaultKind, readonly string[]>> = {
  code: ['code', 'description'],
  latency: ['ms', 'minMs', 'maxMs'],
  hang: ['reached'],
  http: ['status', 'reached'],
  reset: ['reached'],
  truncated: [],
  'slow-body': ['ms'],
}

type Input = Record<string, unknown>

/**
 * Checks a fault input and fills its defaults; throws a TypeError saying what is wrong.
 * Settings another kind takes (a `status` on a latency) are refused, not ignored.
 * @example
 * checkFault({ code: 4090 }).action // { kind: 'code', code: 4090, description: 'Internal Error. Try again after 5 minutes', reached: false }
 * checkFault({ kind: 'http', status: 418 }) // throws TypeError: http fault status must be 500, 502, 503 or 504
 */
export function checkFault(fault: FaultInput): FaultSpec {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    throw new TypeError('a fault must be an object such as {"kind":"hang"} or {"code":4090}')
  }
  const input = fault as unknown as Input
  const kind = input.kind ?? 'code'
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    throw new TypeError(`fault kind must be one of ${FAULT_KINDS.join(', ')}`)
  }
  const known = [...SELECTION_KEYS, 'kind', ...SETTINGS[kind as FaultKind]]
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) throw new TypeError(`${key} is not a setting of a ${kind} fault`)
  }
  const action = actionOf(kind as FaultKind, input)
  return { action, ...selectionOf(input) }
}

function actionOf(kind: FaultKind, input: Input): FaultAction {
  switch (kind) {
    case 'code':
      return codeAction(input)
    case 'latency':
      return latencyAction(input)
    case 'http': {
      const { status } = input
      if (!PROXY_STATUSES.includes(status as 500)) {
        throw new TypeError('http fault status must be 500, 502, 503 or 504')
      }
      return { kind, status: status as number, reached: reachedOf(kind, input.reached) }
    }
    case 'slow-body':
      return { kind, ms: delayOf('slow-body fault ms', input.ms, 1), reached: true }
    case 'truncated':
      return { kind, reached: true }
    default:
      return { kind, reached: reachedOf(kind, input.reached) }
  }
}

function codeAction(input: Input): FaultAction {
  const { code, description } = input
  if (
    !Number.isInteger(code) ||
    code === 200 ||
    (code as number) < 100 ||
    (code as number) > 99_999
  ) {
    throw new TypeError('fault code must be an integer error code such as 4090 (not 200)')
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new TypeError('fault description must be a string')
  }
  const text = description ?? describeCode(code as number)
  if (text === undefined) {
    throw new TypeError(`fault code ${code} is not documented, so it needs a description`)
  }
  return { kind: 'code', code: code as number, description: text, reached: false }
}

function latencyAction(input: Input): FaultAction {
  const { ms, minMs, maxMs } = input
  if (ms !== undefined) {
    if (minMs !== undefined || maxMs !== undefined) {
      throw new TypeError('latency fault takes either ms or minMs and maxMs, not both')
    }
    const delay = delayOf('latency fault ms', ms, 0)
    return { kind: 'latency', minMs: delay, maxMs: delay, reached: true }
  }
  if (minMs === undefined || maxMs === undefined) {
    throw new TypeError('latency fault needs ms, or minMs and maxMs')
  }
  const low = delayOf('latency fault minMs', minMs, 0)
  const high = delayOf('latency fault maxMs', maxMs, 0)
  if (low > high) throw new TypeError('latency fault minMs must not be above maxMs')
  return { kind: 'latency', minMs: low, maxMs: high, reached: true }
}

function delayOf(what: string, value: unknown, least: number): number {
  if (
    !Number.isInteger(value) ||
    (value as number) < least ||
    (value as number) > MAX_FAULT_DELAY_MS
  ) {
    throw new TypeError(`${what} must be an integer from ${least} to ${MAX_FAULT_DELAY_MS}`)
  }
  return value as number
}

function reachedOf(kind: FaultKind, reached: unknown): boolean {
  if (reached === undefined) return REACHES_RULES_BY_DEFAULT[kind]
  if (typeof reached !== 'boolean') throw new TypeError('fault reached must be true or false')
  if (!REACHED_CHOSEN.has(kind)) throw new TypeError(`reached is not a setting of a ${kind} fault`)
  return reached
}

function selectionOf(input: Input): Omit<FaultSpec, 'action'> {
  const { count, endpoint, probability, seed = DEFAULT_FAULT_SEED } = input
  if (probability !== undefined) {
    if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1)) {
      throw new TypeError('fault probability must be a number from 0 to 1')
    }
  }
  if (count !== undefined && (!Number.isInteger(count) || (count as number) < 1)) {
    throw new TypeError('fault count must be an integer >= 1')
  }
  if (endpoint !== undefined && !Object.hasOwn(ENDPOINTS, endpoint as string)) {
    throw new TypeError(`fault endpoint must be one of ${Object.keys(ENDPOINTS).join(', ')}`)
  }
  if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > 0xffff_ffff) {
    throw new TypeError('fault seed must be an integer from 0 to 4294967295')
  }
  return {
    count: (count as number | undefined) ?? (probability === undefined ? 1 : undefined),
    endpoint: endpoint as EndpointName | undefined,
    probability: probability as number | undefined,
    seed: seed as number,
  }
}
