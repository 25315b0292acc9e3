/**
 * @module
 * What a consumer's pact records of each operation of the spec: the codes its interactions
 * answered, top-level and in rows. The coverage test compares them with the codes the spec's
 * own examples show for the operation, so no endpoint, method or documented answer can be
 * left out of a consumer's contract unnoticed (nor silently dropped from its pact file).
 */

import {
  bodyJson,
  type CodeLevel,
  codedObjects,
  operationExamples,
  type PactInteraction,
} from '@sendsms/pact'
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'

/**
 * One operation of the spec: an endpoint and one of its methods.
 * @example
 * const operation: Operation = { endpoint: 'getdlr', method: 'GET' }
 */
export interface Operation {
  endpoint: EndpointName
  method: string
}

/**
 * Every operation the spec has, from `ENDPOINTS`.
 * @example
 * OPERATIONS.length // 9
 */
export const OPERATIONS: readonly Operation[] = Object.entries(ENDPOINTS).flatMap(
  ([endpoint, facts]) =>
    facts.methods.map((method) => ({ endpoint: endpoint as EndpointName, method })),
)

const bare = (path: string) => path.replace(/(.)\/$/, '$1')

/**
 * The interactions on `operation`, at either form of its path.
 * @example
 * interactionsOn(pact.interactions, { endpoint: 'getbalance', method: 'POST' })
 */
export function interactionsOn(
  interactions: readonly PactInteraction[],
  operation: Operation,
): PactInteraction[] {
  const path = ENDPOINTS[operation.endpoint].path
  return interactions.filter(
    ({ request }) =>
      bare(request.path) === path && request.method.toUpperCase() === operation.method,
  )
}

/**
 * A code at a level, written `top-level 1006` or `row 1004`.
 * @example
 * codeKey('row', 1004) // 'row 1004'
 */
export function codeKey(level: CodeLevel, code: number): string {
  return `${level} ${code}`
}

/**
 * The codes the interactions' answers carry, as {@link codeKey}s.
 * @example
 * recordedCodes(interactionsOn(pact.interactions, operation)) // Set { 'row 200', 'top-level 1006', … }
 */
export function recordedCodes(interactions: readonly PactInteraction[]): Set<string> {
  return new Set(
    interactions.flatMap((interaction) =>
      codedObjects(bodyJson(interaction.response.body)).map(({ level, code }) =>
        codeKey(level, code),
      ),
    ),
  )
}

/**
 * The codes the spec's examples show for the operation, as {@link codeKey}s.
 * @example
 * exampleCodes({ endpoint: 'getdlr', method: 'GET' }) // Set { 'top-level 200', 'top-level 1008', 'top-level 1009', 'top-level 1006' }
 */
export function exampleCodes(operation: Operation): Set<string> {
  const examples = operationExamples(ENDPOINTS[operation.endpoint].path, operation.method)
  return new Set(examples.map(({ level, code }) => codeKey(level, code)))
}
