/**
 * @module
 * Injected faults: a queue of faults for the next requests (a top-level code such as 4090,
 * or a transport fault: a late, missing, broken or slow answer, a proxy's 5xx), each for a
 * count of requests or by a seeded probability, to one endpoint or any. It also holds the
 * requests a fault keeps waiting (a hang, a slow body, a late answer), so closing the mock
 * ends them and no test hangs.
 */
import type { EndpointName } from '@sendsms/wire'
import {
  checkFault,
  DEFAULT_FAULT_SEED,
  type FaultAction,
  type FaultInput,
  type FaultKind,
  type FaultSpec,
} from '../faults/fault-spec.js'
import { mulberry32 } from '../faults/mulberry32.js'

export type { FaultInput } from '../faults/fault-spec.js'

/**
 * A pending fault as listed (`mock.faults.list()`, `GET /__mock/faults`). A code fault is
 * listed as it always was (`code`, `remaining`, `description`); a transport fault has its
 * `kind`, its settings and `reached`. Selection fields appear when they were given.
 * `remaining` is null for a fault with a probability and no count.
 * @example
 * mock.faults.list() // [{ code: 4090, remaining: 2, description: 'Internal Error. Try again after 5 minutes' }, { kind: 'http', status: 503, reached: false, remaining: 1 }]
 */
export interface PendingFault {
  kind?: Exclude<FaultKind, 'code'>
  code?: number
  description?: string
  status?: number
  ms?: number
  minMs?: number
  maxMs?: number
  reached?: boolean
  remaining: number | null
  endpoint?: EndpointName
  probability?: number
  seed?: number
}

/**
 * A fault the queue chose for a request, and the generator to draw its random parts with.
 * @example
 * const taken = mock.faults.take('sendsms') // { action: { kind: 'hang', reached: true }, random }
 */
export interface TakenFault {
  action: FaultAction
  random: () => number
}

/**
 * The fault queue of one mock; faults apply in the order they were pushed, a request taking
 * the first that is for its endpoint and (with a probability) draws it.
 * @example
 * mock.faults.push({ code: 1006 })
 * mock.faults.push({ kind: 'reset', endpoint: 'sendsms', probability: 0.1, seed: 42 })
 */
export interface FaultQueue {
  /** Queues a fault; throws a TypeError when the input is not usable. */
  push(fault: FaultInput): PendingFault
  /** Drops every pending fault and returns how many there were. */
  clear(): number
  /** Pending faults, next first. */
  list(): PendingFault[]
  /** Takes one use of the fault for a request to `endpoint`, or undefined when none applies. */
  take(endpoint?: EndpointName): TakenFault | undefined
  /**
   * Draws from the mock's own generator (seeded 1, restarted by `clear`), for the random
   * part of a fault no queued fault seeds (a header's latency range).
   */
  random(): number
  /** Keeps `end` until the returned release is called; `endHeld` calls it first. */
  hold(end: () => void): () => void
  /** Ends every request a fault keeps waiting (the mock is closing); returns how many. */
  endHeld(): number
}

interface Queued {
  spec: FaultSpec
  remaining: number | undefined
  random: () => number
}

// A latency of one delay is shown as it was given, `ms`.
function shownAction(action: Exclude<FaultAction, { kind: 'code' }>): PendingFault {
  if (action.kind !== 'latency' || action.minMs !== action.maxMs) return action as PendingFault
  return { kind: 'latency', ms: action.minMs, reached: true, remaining: null }
}

function listed({ spec, remaining }: Queued): PendingFault {
  const { action, endpoint, probability, seed } = spec
  const shown: PendingFault =
    action.kind === 'code'
      ? { code: action.code, remaining: remaining ?? null, description: action.description }
      : { ...shownAction(action), remaining: remaining ?? null }
  if (endpoint !== undefined) shown.endpoint = endpoint
  if (probability !== undefined) shown.probability = probability
  if (probability !== undefined || seed !== DEFAULT_FAULT_SEED) shown.seed = seed
  return shown
}

/**
 * Creates an empty fault queue.
 * @example
 * const faults = createFaultQueue()
 * faults.push({ code: 4090, count: 2 })
 */
export function createFaultQueue(): FaultQueue {
  let pending: Queued[] = []
  let own = mulberry32(DEFAULT_FAULT_SEED)
  const held = new Set<() => void>()
  return {
    push: (fault) => {
      const spec = checkFault(fault)
      const queued = { spec, remaining: spec.count, random: mulberry32(spec.seed) }
      pending.push(queued)
      return listed(queued)
    },
    clear: () => {
      const cleared = pending.length
      pending = []
      own = mulberry32(DEFAULT_FAULT_SEED)
      return cleared
    },
    list: () => pending.map(listed),
    take: (endpoint) => {
      for (let i = 0; i < pending.length; i++) {
        const queued = pending[i] as Queued
        const { spec } = queued
        if (spec.endpoint !== undefined && spec.endpoint !== endpoint) continue
        if (spec.probability !== undefined && !(queued.random() < spec.probability)) continue
        if (queued.remaining !== undefined) {
          queued.remaining -= 1
          if (queued.remaining === 0) pending.splice(i, 1)
        }
        return { action: spec.action, random: queued.random }
      }
      return undefined
    },
    random: () => own(),
    hold: (end) => {
      held.add(end)
      return () => {
        held.delete(end)
      }
    },
    endHeld: () => {
      const ending = [...held]
      held.clear()
      for (const end of ending) end()
      return ending.length
    },
  }
}
