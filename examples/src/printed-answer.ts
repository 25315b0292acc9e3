/**
 * @module
 * Reads back the answer an example printed. The PHP and Python examples echo the body as
 * the API sent it (JSON); the Node examples `console.log(response.data)`, the object axios
 * parsed, which Node prints as a JavaScript literal (`{ responses: [ { 'response-code': 200 … } ] }`).
 */
import { runInNewContext } from 'node:vm'
import type { ExampleLanguage } from './interpreters.js'
import type { ExampleOutput } from './run-example.js'

// What console.log writes in place of what it leaves out: a nested object past its depth,
// the rest of a long array or string. Such output no longer holds the whole answer.
const CUT_SHORT = /\[Object\]|\[Array\]|\.\.\. \d+ more (items|characters)/

// Enough of stderr to say what went wrong (axios prints its whole error object there).
const SHOWN_CHARS = 2000

function parse(text: string, language: ExampleLanguage): unknown {
  if (language !== 'cjs') return JSON.parse(text)
  if (CUT_SHORT.test(text)) throw new Error('console.log cut the answer short')
  // A literal of plain data, evaluated with none of this process's globals; the round trip
  // through JSON gives objects of this realm, as JSON.parse would.
  const value: unknown = runInNewContext(`(${text}\n)`, Object.create(null), { timeout: 1000 })
  return JSON.parse(JSON.stringify(value) ?? 'undefined')
}

/**
 * The answer an example printed, as plain data. Throws, showing what was printed, when
 * stdout holds no answer (an example that failed prints its error to stderr).
 * @example
 * readPrintedAnswer({ stdout: '{"response-code":200,"credit":"545.00"}\n', stderr: '' }, 'php') // { 'response-code': 200, credit: '545.00' }
 * readPrintedAnswer({ stdout: "{ 'response-code': 200, credit: '545.00' }\n", stderr: '' }, 'cjs') // the same
 */
export function readPrintedAnswer(output: ExampleOutput, language: ExampleLanguage): unknown {
  const text = output.stdout.trim()
  try {
    return parse(text, language)
  } catch (error) {
    const stderr = output.stderr.trim().slice(0, SHOWN_CHARS)
    throw new Error(
      `The example printed no answer (${(error as Error).message}).\nstdout: ${text}\nstderr: ${stderr}`,
    )
  }
}
