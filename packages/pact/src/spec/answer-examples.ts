/**
 * @module
 * The answers the spec shows as named examples, per operation. The code table gives one
 * description per code, but the spec documents more wordings in its examples: the low-credit
 * row the live service sends ("Low credit units to send message, …") and getdlr's "No dlr".
 * The spec check accepts a wording only where an example shows it, and the fixtures take
 * these bodies from here rather than typing them again.
 */
import { loadSpec, operationOf } from '@sendsms/spec'
import { readCode } from '@sendsms/wire'

/**
 * Where a coded object sits in an answer: the answer itself, or one of its `responses` rows.
 * @example
 * const level: CodeLevel = 'row'
 */
export type CodeLevel = 'top-level' | 'row'

/**
 * One coded object of an example answer: its code, where it sits, and the object itself.
 * @example
 * const coded: CodedExample = { code: 1009, level: 'top-level', body: { 'response-code': 1009, 'response-description': 'No dlr' } }
 */
export interface CodedExample {
  code: number
  level: CodeLevel
  body: Readonly<Record<string, unknown>>
}

type ExampleMap = Record<string, { value?: unknown }>

// A local `$ref` of the document, followed to its value.
function follow(ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], loadSpec())
}

function examplesOfResponse(response: unknown): unknown[] {
  const resolved =
    typeof response === 'object' && response !== null && '$ref' in response
      ? follow(String((response as { $ref: unknown }).$ref))
      : response
  const content = (resolved as { content?: Record<string, { examples?: ExampleMap }> })?.content
  const examples = content?.['application/json']?.examples ?? {}
  return Object.values(examples).map((example) => example.value)
}

/**
 * Every coded object of an answer: the answer, or each of its rows.
 * @example
 * codedObjects({ responses: [{ 'response-code': 200 }] }) // [{ code: 200, level: 'row', body: { … } }]
 */
export function codedObjects(answer: unknown): CodedExample[] {
  if (typeof answer !== 'object' || answer === null) return []
  const record = answer as Record<string, unknown>
  const rows = Array.isArray(record.responses) ? record.responses : undefined
  const objects = rows ?? [record]
  const level: CodeLevel = rows ? 'row' : 'top-level'
  return objects.flatMap((body) => {
    if (typeof body !== 'object' || body === null) return []
    const code = readCode(body as Record<string, unknown>)
    return code === undefined ? [] : [{ code, level, body: body as Record<string, unknown> }]
  })
}

/**
 * The example answers of the operation for `method` on `path` (its HTTP 200 answer); none
 * when the spec has no such operation.
 * @example
 * answerExamples('/api/services/getdlr', 'GET').length // 4
 */
export function answerExamples(path: string, method: string): unknown[] {
  const operation = operationOf(path, method)
  return operation ? examplesOfResponse(operation.responses?.['200']) : []
}

/**
 * The coded objects of every example answer of the operation.
 * @example
 * operationExamples('/api/services/getdlr', 'POST').find((e) => e.code === 1009)?.body
 * // { 'response-code': 1009, 'response-description': 'No dlr' }
 */
export function operationExamples(path: string, method: string): CodedExample[] {
  return answerExamples(path, method).flatMap(codedObjects)
}

/**
 * The coded objects of every example answer of every operation of the spec.
 * @example
 * everyExample().filter((e) => e.level === 'row' && e.code === 1004)
 */
export function everyExample(): CodedExample[] {
  const { paths } = loadSpec()
  const seen = new Set<unknown>()
  const examples: CodedExample[] = []
  for (const path of Object.keys(paths)) {
    for (const method of ['GET', 'POST']) {
      for (const answer of answerExamples(path, method)) {
        // Both forms of a path refer to one path item: count its examples once.
        if (seen.has(answer)) continue
        seen.add(answer)
        examples.push(...codedObjects(answer))
      }
    }
  }
  return examples
}

/**
 * The one example of the operation with `code` at `level`, as the spec writes it; throws when
 * the spec shows none or several, so a fixture cannot silently pick the wrong one.
 * @example
 * specExample('/api/services/getdlr', 'GET', 1009, 'top-level')
 * // { 'response-code': 1009, 'response-description': 'No dlr' }
 */
export function specExample(
  path: string,
  method: string,
  code: number,
  level: CodeLevel,
): Readonly<Record<string, unknown>> {
  const found = operationExamples(path, method).filter(
    (example) => example.code === code && example.level === level,
  )
  const [only] = found
  if (!only || found.length > 1) {
    throw new Error(
      `The spec shows ${found.length} ${level} examples of code ${code} for ${method} ${path}`,
    )
  }
  return only.body
}
