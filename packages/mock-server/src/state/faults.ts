/**
 * @module
 * Injected faults: the next N provider requests answer a chosen top-level code, so tests
 * can see how a client copes with 4090, 1005 or 1006 without a real outage.
 */
import { describeCode } from '@sendsms/wire'

/**
 * A fault to inject.
 * @example
 * const fault: FaultInput = { code: 4090, count: 2 }
 */
export interface FaultInput {
  /** The top-level code to answer, e.g. 4090. */
  code: number
  /** How many sends answer it; default 1. */
  count?: number
  /** Description; defaults to the documented one. Required for undocumented codes. */
  description?: string
}

/**
 * A pending fault and how many sends it still applies to.
 * @example
 * mock.faults.list() // [{ code: 4090, remaining: 2, description: 'Internal Error. Try again after 5 minutes' }]
 */
export interface PendingFault {
  code: number
  remaining: number
  description: string
}

/**
 * The fault queue of one mock; faults apply in the order they were pushed.
 * @example
 * mock.faults.push({ code: 1006 })
 */
export interface FaultQueue {
  /** Queues a fault; throws a TypeError when the input is not usable. */
  push(fault: FaultInput): PendingFault
  /** Drops every pending fault and returns how many there were. */
  clear(): number
  /** Pending faults, next first. */
  list(): PendingFault[]
  /** Takes one use of the next fault, or undefined when none is pending. */
  take(): { code: number; description: string } | undefined
}

/**
 * Checks a fault input and fills its defaults; throws a TypeError saying what is wrong.
 * @example
 * checkFault({ code: 4090 }) // { code: 4090, remaining: 1, description: 'Internal Error. Try again after 5 minutes' }
 */
export function checkFault(fault: FaultInput): PendingFault {
  const { code, count = 1, description } = fault
  if (!Number.isInteger(code) || code === 200 || code < 100 || code > 99_999) {
    throw new TypeError('fault code must be an integer error code such as 4090 (not 200)')
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new TypeError('fault count must be an integer >= 1')
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new TypeError('fault description must be a string')
  }
  const text = description ?? describeCode(code)
  if (text === undefined) {
    throw new TypeError(`fault code ${code} is not documented, so it needs a description`)
  }
  return { code, remaining: count, description: text }
}

/**
 * Creates an empty fault queue.
 * @example
 * const faults = createFaultQueue()
 * faults.push({ code: 4090, count: 2 })
 */
export function createFaultQueue(): FaultQueue {
  let pending: PendingFault[] = []
  return {
    push: (fault) => {
      const clean = checkFault(fault)
      pending.push(clean)
      return { ...clean }
    },
    clear: () => {
      const cleared = pending.length
      pending = []
      return cleared
    },
    list: () => pending.map((f) => ({ ...f })),
    take: () => {
      const next = pending[0]
      if (!next) return undefined
      next.remaining -= 1
      if (next.remaining === 0) pending.shift()
      return { code: next.code, description: next.description }
    },
  }
}
