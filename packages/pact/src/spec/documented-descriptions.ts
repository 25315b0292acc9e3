/**
 * @module
 * The wordings the spec documents for a code in an answer of one operation: the code
 * table's description, and every other one its examples show for that code, at the top
 * level of that operation's answers or in a row of any send's answer (rows share one shape,
 * and the live low-credit row is shown once, for sendsms). getdlr's "No dlr" is therefore
 * a wording of getdlr only, and a send answering it would be reported.
 */
import { describeCode } from '@sendsms/wire'
import { type CodeLevel, everyExample, operationExamples } from './answer-examples.js'

function descriptionOf(body: Readonly<Record<string, unknown>>): string | undefined {
  const description = body['response-description']
  return typeof description === 'string' ? description : undefined
}

/**
 * Every documented wording of `code` at `level` in an answer of `method` on `path`.
 * @example
 * documentedDescriptions('/api/services/getdlr', 'GET', 1009, 'top-level')
 * // Set { 'Unsupported data type', 'No dlr' }
 */
export function documentedDescriptions(
  path: string,
  method: string,
  code: number,
  level: CodeLevel,
): Set<string> {
  const wordings = new Set<string>()
  const table = describeCode(code)
  if (table !== undefined) wordings.add(table)
  const examples = [
    ...operationExamples(path, method),
    ...(level === 'row' ? everyExample().filter((example) => example.level === 'row') : []),
  ]
  for (const example of examples) {
    const description = descriptionOf(example.body)
    if (example.code === code && example.level === level && description !== undefined) {
      wordings.add(description)
    }
  }
  return wordings
}
