/**
 * @module
 * Checks one pact interaction against the OpenAPI document, so a consumer cannot
 * record (and the provider cannot then honour) an exchange the spec does not allow:
 * pacts prove the parties agree with each other, this proves they agree with the spec.
 */
import {
  documentedCodes,
  loadSpec,
  validateSendSmsRequest,
  validateSendSmsResponse,
} from '@sendsms/spec'
import { bodyJson, type PactInteraction } from '../pacts/read-pact-files.js'

const METHODS = ['GET', 'POST']

interface Operation {
  parameters?: { name: string; in: string }[]
}

/** The spec's path item for a pact path, accepting the trailing-slash form. */
function specPathItem(path: string): Record<string, unknown> | undefined {
  const { paths } = loadSpec()
  const bare = path.length > 1 ? path.replace(/\/$/, '') : path
  return paths[path] ?? paths[bare]
}

/** The description the spec gives `code`; accepted rows say the code's title, `Success`. */
function documentedDescription(code: number): string | undefined {
  const documented = documentedCodes().find((c) => c.code === code)
  if (!documented) return undefined
  return code === 200 ? documented.title : documented.description
}

/** Every `{code, description}` pair in an answer: the top level, or each row. */
function codedObjects(body: unknown): Record<string, unknown>[] {
  if (typeof body !== 'object' || body === null) return []
  const record = body as Record<string, unknown>
  const rows = Array.isArray(record.responses) ? record.responses : [record]
  return rows.filter(
    (row): row is Record<string, unknown> => typeof row === 'object' && row !== null,
  )
}

function descriptionProblems(body: unknown): string[] {
  return codedObjects(body).flatMap((row) => {
    const code = row['response-code'] ?? row['respose-code']
    const expected = typeof code === 'number' ? documentedDescription(code) : undefined
    const actual = row['response-description']
    if (expected === undefined || actual === expected) return []
    return [
      `code ${String(code)} is described as ${JSON.stringify(actual)}, the spec says ${JSON.stringify(expected)}`,
    ]
  })
}

/** The first value of each query key: how the API reads a query into its parameters. */
function queryAsParams(query: Record<string, string[]>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([key, values]) => [key, values[0]]))
}

function requestProblems(interaction: PactInteraction, operation: Operation | undefined): string[] {
  const { method, query = {}, body } = interaction.request
  const problems: string[] = []
  if (method.toUpperCase() === 'GET') {
    const known = new Set(
      (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    )
    for (const key of Object.keys(query)) {
      if (!known.has(key))
        problems.push(`query parameter ${key} is not a parameter of the spec's GET`)
    }
  }
  return problems.concat(
    successfulRequestProblems(
      interaction,
      method.toUpperCase() === 'GET' ? queryAsParams(query) : bodyJson(body),
    ),
  )
}

/** A request that the provider answered with rows must be a valid request by the spec. */
function successfulRequestProblems(interaction: PactInteraction, params: unknown): string[] {
  const answer = bodyJson(interaction.response.body)
  const answeredWithRows = typeof answer === 'object' && answer !== null && 'responses' in answer
  if (!answeredWithRows) return []
  const { valid, errors } = validateSendSmsRequest(params)
  return valid ? [] : errors.map((e) => `request of a successful send: ${e}`)
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
  const pathItem = specPathItem(path)
  if (!pathItem) problems.push(`path ${path} is not a path of the spec`)
  const upper = method.toUpperCase()
  const operation = pathItem?.[method.toLowerCase()] as Operation | undefined
  if (!METHODS.includes(upper)) problems.push(`method ${method} is neither GET nor POST`)
  else if (pathItem && !operation) problems.push(`the spec has no ${upper} for ${path}`)

  if (interaction.response.status !== 200) {
    problems.push(`response status is ${interaction.response.status}, the spec answers only 200`)
  }
  const answer = bodyJson(interaction.response.body)
  const { valid, errors } = validateSendSmsResponse(answer)
  if (!valid) problems.push(...errors.map((e) => `response body: ${e}`))
  problems.push(...descriptionProblems(answer))
  problems.push(...requestProblems(interaction, operation))
  return problems
}
