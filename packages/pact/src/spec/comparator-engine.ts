/**
 * @module
 * `@pactflow/openapi-pact-comparator`'s `Comparator`, typed here. Its own declarations
 * (2.3) re-export from a directory (`export * from "./compare"`) and through `#` import
 * aliases, which TypeScript's NodeNext resolution does not follow, so under this
 * repository's settings the package appears to export nothing. The shapes below are the
 * parts of its `Comparator` and `Result` this package uses, as its declarations give them.
 */
import * as comparatorModule from '@pactflow/openapi-pact-comparator'

/**
 * One finding of the comparator.
 * @example
 * const result: ComparatorResult = { code: 'request.path-or-method.unknown', message: '…', type: 'error', mockDetails: { location: '[root].interactions[0].request.path', value: '/x' } }
 */
export interface ComparatorResult {
  code: string
  message: string
  type: 'error' | 'warning' | 'info'
  mockDetails?: { location: string; value: unknown }
}

/**
 * A comparator of pacts with one OpenAPI document.
 * @example
 * for await (const result of createComparator(document).compare(pact)) console.log(result.code)
 */
export interface PactComparator {
  compare(pact: unknown): AsyncIterable<ComparatorResult>
}

const { Comparator } = comparatorModule as unknown as {
  Comparator: new (options: { oas: unknown }) => PactComparator
}

/**
 * A comparator of pacts with `document` (an OpenAPI document object).
 * @example
 * const comparator = createComparator(comparatorDocument())
 */
export function createComparator(document: unknown): PactComparator {
  return new Comparator({ oas: document })
}
