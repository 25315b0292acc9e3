/**
 * @module
 * The request bodies of the bench: one number, 1000 numbers, and the GET form. The
 * same bytes go to the mock, to Prism and to the bare server.
 */
import { SANDBOX } from '../targets/mock-server.js'
import type { LoadRequest } from './http-load.js'

/** The message every bench send carries (one GSM-7 part, so one credit per number). */
export const BENCH_MESSAGE = 'Your verification code is 4821'

/**
 * `count` distinct valid Kenyan numbers in 254 form, cycling through the networks.
 * @example
 * kenyanNumbers(2) // ['254700000000', '254733000001']
 */
export function kenyanNumbers(count: number, offset = 0): string[] {
  const prefixes = ['2547', '25473', '25477', '25411']
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i
    const prefix = prefixes[n % prefixes.length] ?? '2547'
    return `${prefix}${String(n).padStart(12 - prefix.length, '0')}`
  })
}

/**
 * The JSON body of a POST send to `numbers`.
 * @example
 * postBody(['254712345678'])
 */
export function postBody(numbers: readonly string[]): string {
  return JSON.stringify({ ...SANDBOX, message: BENCH_MESSAGE, mobile: numbers.join(',') })
}

/** Names of the load scenarios, in the order they run. */
export type ScenarioName = 'post-1' | 'post-1000' | 'get-1'

/**
 * One load scenario: its request and the connections it runs with.
 * @example
 * const [first]: Scenario[] = SCENARIOS
 */
export interface Scenario {
  name: ScenarioName
  request: LoadRequest
  connections: number
}

const PATH = '/api/services/sendsms'
const [ONE = ''] = kenyanNumbers(1)

/**
 * The three scenarios. The 1000-number POST runs with 10 connections: each answer is
 * ~110 KB, and at 50 connections its latency would be the queue, not the server.
 * @example
 * for (const s of SCENARIOS) console.log(s.name, s.connections)
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'post-1',
    request: { method: 'POST', path: PATH, body: postBody([ONE]) },
    connections: 50,
  },
  {
    name: 'post-1000',
    request: { method: 'POST', path: PATH, body: postBody(kenyanNumbers(1000)) },
    connections: 10,
  },
  {
    name: 'get-1',
    request: {
      method: 'GET',
      path: `${PATH}?${new URLSearchParams({ ...SANDBOX, message: BENCH_MESSAGE, mobile: ONE })}`,
    },
    connections: 50,
  },
]
