/**
 * @module
 * The built client on Bun, through its ESM build (`import`) and its CommonJS build
 * (`require`): Bun picks the `import` or `require` condition of the exports map by how the
 * package is loaded, like Node.
 */
import { describe, expect, it } from 'vitest'
import { RUNTIMES, requireRuntime } from '../support/binaries.js'
import { expectScenario } from '../support/expect-scenario.js'
import { useMock } from '../support/mock.js'
import { runProgram } from '../support/run-program.js'

const mock = useMock()

describe('Bun', () => {
  it('sends, reads the balance and refuses a wrong key through the ESM build', async () => {
    const bun = requireRuntime(RUNTIMES.bun)
    const output = await runProgram(bun, ['src/programs/esm.mjs', mock.current().url])
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/index\.js$/) })
    expectScenario(output, mock.current())
  })

  it('sends, reads the balance and refuses a wrong key through the CommonJS build', async () => {
    const bun = requireRuntime(RUNTIMES.bun)
    const output = await runProgram(bun, ['src/programs/cjs.cjs', mock.current().url])
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/cjs\/index\.js$/) })
    expectScenario(output, mock.current())
  })
})
