/**
 * @module
 * Which fault, if any, a request suffers: the one its `X-Mock-Fault` header names, else
 * the one a fault number among its recipients gives, else the first queued fault that is
 * for its endpoint and draws it. The header and the numbers take nothing from the queue.
 * The one place this is decided: the provider layer asks it once per request that got
 * past parsing, and every transport carries out the directive it returns.
 */
import type { EndpointName } from '@sendsms/wire'
import type { FaultQueue } from '../state/faults.js'
import { directiveOf, type FaultDirective } from './fault-directive.js'
import { faultOfHeader } from './fault-header.js'
import { faultOfNumbers } from './fault-numbers.js'

/**
 * The fault for one request, or undefined for none.
 * @example
 * chooseFault(state.faults, 'getbalance', 'http-503', {}) // { kind: 'http', status: 503, reached: false, label: 'http-503' }
 */
export function chooseFault(
  faults: FaultQueue,
  endpoint: EndpointName,
  header: string | undefined,
  params: Readonly<Record<string, unknown>>,
): FaultDirective | undefined {
  const named = header === undefined ? undefined : faultOfHeader(header)
  if (named !== undefined) return directiveOf(named, faults.random)
  const numbered = faultOfNumbers(params)
  if (numbered !== undefined) return directiveOf(numbered, faults.random)
  const taken = faults.take(endpoint)
  return taken === undefined ? undefined : directiveOf(taken.action, taken.random)
}
