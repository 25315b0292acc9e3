/**
 * @module
 * The `X-Mock-Fault` request header: one request's fault, on any provider endpoint
 * (getbalance and getdlr included, which carry no number to make magic). Its value is a
 * fault's label: `code-4090`, `http-503`, `latency-2000`, `latency-100-500` (a random delay
 * in that range), `hang`, `reset`, `truncated`, `slow-body-2000`, each optionally followed
 * by `;reached=true` or `;reached=false` where the kind lets it choose.
 */
import { checkFault, type FaultAction, type FaultInput } from './fault-spec.js'

/**
 * The request header naming a fault (lower case, as Headers and node:http give names).
 * @example
 * fetch(url, { headers: { [FAULT_HEADER]: 'http-503' } })
 */
export const FAULT_HEADER = 'x-mock-fault'

const LABEL =
  /^(?:(code|http|latency|slow-body)-(\d{1,5})(?:-(\d{1,5}))?|(hang|reset|truncated))(?:\s*;\s*reached=(true|false))?$/

/**
 * The fault a header value names, or undefined when it names none the mock can carry out
 * (the request is then answered as if the header were absent).
 * @example
 * faultOfHeader('http-503') // { kind: 'http', status: 503, reached: false }
 * faultOfHeader('latency-100-500') // { kind: 'latency', minMs: 100, maxMs: 500, reached: true }
 * faultOfHeader('teapot') // undefined
 */
export function faultOfHeader(value: string): FaultAction | undefined {
  const match = LABEL.exec(value.trim().toLowerCase())
  if (match === null) return undefined
  const [, kind, first, second, bare, reached] = match
  const input: Record<string, unknown> = { kind: kind ?? bare }
  if (reached !== undefined) input.reached = reached === 'true'
  if (kind === 'code') {
    delete input.kind
    input.code = Number(first)
  } else if (kind === 'http') input.status = Number(first)
  else if (kind === 'slow-body') input.ms = Number(first)
  else if (second !== undefined) {
    input.minMs = Number(first)
    input.maxMs = Number(second)
  } else if (first !== undefined) input.ms = Number(first)
  if (second !== undefined && kind !== 'latency') return undefined
  try {
    return checkFault(input as unknown as FaultInput).action
  } catch {
    return undefined
  }
}
