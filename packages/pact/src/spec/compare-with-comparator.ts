/**
 * @module
 * A pact compared with the OpenAPI document by `@pactflow/openapi-pact-comparator`, the
 * offline engine of PactFlow's bi-directional contract testing: every request must be a
 * request of the spec, and every expected response one the spec's schema allows. Its
 * errors become problems of their interaction; its warnings are left out (the only ones
 * the repository's pacts raise are a query value with `;` read as two parameters).
 */
import type { PactFile } from '../pact-files/read-pact-files.js'
import type { ComparatorResult, PactComparator } from './comparator-engine.js'

const INTERACTION_INDEX = /^\[root\]\.interactions\[(\d+)\]/

/**
 * One finding of the comparator: its code (`response.body.incompatible`) and message.
 * @example
 * const finding: ComparatorFinding = { code: 'request.path-or-method.unknown', message: 'Path or method not defined in spec file: GET /api/services/sendbulk' }
 */
export interface ComparatorFinding {
  code: string
  message: string
}

function describe(result: ComparatorResult): string {
  const where = result.mockDetails?.location.replace(INTERACTION_INDEX, '').replace(/^\./, '')
  return where ? `${result.message} (at ${where})` : result.message
}

/**
 * The comparator's errors for each interaction of `pact`, by the interaction's index.
 * @example
 * const findings = await compareWithComparator(createComparator(comparatorDocument()), pact)
 * findings.get(0) // [{ code: 'response.body.incompatible', message: '…' }]
 */
export async function compareWithComparator(
  comparator: PactComparator,
  pact: PactFile,
): Promise<Map<number, ComparatorFinding[]>> {
  const findings = new Map<number, ComparatorFinding[]>()
  // The comparator reads a pact as Pact writes it; a copy, as it may annotate what it reads.
  for await (const result of comparator.compare(structuredClone(pact))) {
    if (result.type !== 'error') continue
    const index = Number(INTERACTION_INDEX.exec(result.mockDetails?.location ?? '')?.[1] ?? -1)
    const list = findings.get(index) ?? []
    list.push({ code: result.code, message: describe(result) })
    findings.set(index, list)
  }
  return findings
}
