/**
 * @module
 * Checks one pact interaction against the OpenAPI document, so a consumer cannot record
 * (and the provider cannot then honour) an exchange the spec does not allow: pacts prove
 * the parties agree with each other, this proves they agree with the spec. Every check is
 * made against the operation of the interaction's own path and method, so it holds for
 * every endpoint, not only sends.
 */
import { operationOf, validateAnswer, validateRequest } from '@sendsms/spec'
import { describeCode, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { bodyJson, type PactInteraction } from '../pact-files/read-pact-files.js'
import { codedObjects } from './answer-examples.js'
import { documentedDescriptions } from './documented-descriptions.js'

/** The spec's rule for every method a path has no operation for: a top-level 1010. */
const UNSUPPORTED_METHOD = 1010

/**
 * An interaction with a method the path does not take (PUT, DELETE, GET on sendbulk): the
 * spec allows it only answered with the top-level 1010 its overview gives that rule.
 */
function unsupportedMethodProblems(interaction: PactInteraction): string[] {
  const { method, path } = interaction.request
  const answer = bodyJson(interaction.response.body)
  const expected = {
    'response-code': UNSUPPORTED_METHOD,
    'response-description': describeCode(UNSUPPORTED_METHOD),
  }
  if (JSON.stringify(answer) === JSON.stringify(expected)) return []
  return [
    `${method.toUpperCase()} ${path} has no operation in the spec, so its answer must be ${JSON.stringify(expected)}`,
  ]
}

/** Each code's description must be one the spec documents for it (see `documented-descriptions.ts`). */
function descriptionProblems(path: string, method: string, body: unknown): string[] {
  return codedObjects(body).flatMap(({ code, level, body: coded }) => {
    const actual = coded['response-description']
    if (actual === undefined) return []
    const documented = documentedDescriptions(path, method, code, level)
    if (typeof actual === 'string' && documented.has(actual)) return []
    const expected = [...documented].map((d) => JSON.stringify(d)).join(' or ') || 'nothing'
    return [`code ${code} is described as ${JSON.stringify(actual)}, the spec says ${expected}`]
  })
}

/** The first value of each query key: how the API reads a query into its parameters. */
function queryAsParams(query: Record<string, string[]>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([key, values]) => [key, values[0]]))
}

/** An answer of rows, or a top-level 200: the provider acted on the request. */
function succeeded(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false
  if ('responses' in answer) return true
  return readCode(answer as Record<string, unknown>) === SUCCESS_CODE
}

function requestProblems(interaction: PactInteraction): string[] {
  const { method, path, query = {}, body } = interaction.request
  const operation = operationOf(path, method)
  const problems: string[] = []
  const isGet = method.toUpperCase() === 'GET'
  if (isGet && operation) {
    const known = new Set(
      (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    )
    for (const key of Object.keys(query)) {
      if (!known.has(key)) {
        problems.push(`query parameter ${key} is not a parameter of the spec's GET ${path}`)
      }
    }
  }
  // A request the provider acted on must be a valid request by the spec.
  if (operation && succeeded(bodyJson(interaction.response.body))) {
    const params = isGet ? queryAsParams(query) : bodyJson(body)
    const { errors } = validateRequest(path, method, params)
    problems.push(...errors.map((e) => `request of a successful answer: ${e}`))
  }
  return problems
}

/**
 * The ways an interaction disagrees with the spec; empty when it agrees.
 * @example
 * checkInteraction(pact.interactions[0]) // []
 * checkInteraction({ ...interaction, response: { status: 500 } })
 * // ['response status is 500, the spec answers only 200', …]
 */
export function checkInteraction(interaction: PactInteraction): string[] {
  const problems: string[] = []
  const { method, path } = interaction.request
  const operation = operationOf(path, method)
  const pathIsKnown = Boolean(operationOf(path, 'GET') || operationOf(path, 'POST'))
  if (!operation && pathIsKnown) {
    problems.push(...unsupportedMethodProblems(interaction))
  } else if (!operation) problems.push(`path ${path} is not a path of the spec`)

  if (interaction.response.status !== 200) {
    problems.push(`response status is ${interaction.response.status}, the spec answers only 200`)
  }
  const answer = bodyJson(interaction.response.body)
  if (operation) {
    const { errors } = validateAnswer(path, method, answer)
    problems.push(...errors.map((e) => `response body: ${e}`))
  }
  problems.push(...descriptionProblems(path, method, answer))
  problems.push(...requestProblems(interaction))
  return problems
}
