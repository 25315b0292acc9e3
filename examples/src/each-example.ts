/**
 * @module
 * One test per example of a page, then a test of how many ran. Why: an example must never
 * pass without running. A missing interpreter is a visible skip on a developer machine,
 * its reason in the test name, and a failure under `CI=true`, where `.ci/run` installs PHP
 * and Python; a test that returned early, or a page folder that lost a file, fails the count.
 */
import { expect, it } from 'vitest'
import type { ExampleFile } from './example-files.js'
import { findInterpreter, INTERPRETER_NEEDS } from './interpreters.js'

/** An example with the command that runs it. */
export interface RunnableExample extends ExampleFile {
  interpreter: string
}

const inCi = process.env.CI === 'true'

// Running an interpreter a few times against the mock takes about a second; a slow CI
// machine gets room for that without the default of 5 s cutting it short.
const EXAMPLE_TIMEOUT_MS = 60_000

/**
 * Declares a test `<file> <behaviour>` per example running `body`, after one that the page
 * holds exactly the `expected` files, and a last one that every example not skipped ran
 * its body.
 * @example
 * itRunsEachExample(listExamples('balance-docs'), expectedFiles(['GET', 'POST']), 'prints the credit', async (example) => {
 *   const { stdout } = await runExample(example, example.interpreter, values)
 * })
 */
export function itRunsEachExample(
  examples: readonly ExampleFile[],
  expected: readonly string[],
  behaviour: string,
  body: (example: RunnableExample) => Promise<void>,
): void {
  let ran = 0
  it(`holds ${expected.join(', ')}`, () => {
    expect(examples.map((e) => e.file)).toEqual(expected)
  })

  const skipped: string[] = []
  for (const example of examples) {
    const interpreter = findInterpreter(example.language)
    const need = INTERPRETER_NEEDS[example.language]
    let name = `${example.file} ${behaviour}`
    if (interpreter === undefined) {
      name += inCi ? ` (fails: no ${need} under CI)` : ` (skipped: no ${need})`
      if (!inCi) skipped.push(example.file)
    }
    it.skipIf(interpreter === undefined && !inCi)(
      name,
      async () => {
        if (interpreter === undefined) {
          throw new Error(`${example.page}/${example.file} needs ${need}; .ci/run installs it`)
        }
        ran += 1
        // A body that returned before checking anything has not tested the example.
        expect.hasAssertions()
        await body({ ...example, interpreter })
      },
      EXAMPLE_TIMEOUT_MS,
    )
  }

  const toRun = examples.length - skipped.length
  const left = skipped.length > 0 ? `, skipped ${skipped.join(', ')}` : ''
  it(`ran ${toRun} of ${expected.length} examples${left}`, () => {
    expect(examples).toHaveLength(expected.length)
    expect(ran).toBe(toRun)
  })
}
