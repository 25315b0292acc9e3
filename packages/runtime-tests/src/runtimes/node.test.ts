/**
 * @module
 * The built client on Node 22 and Node 24 (the Node 20 that runs the tests is covered by the
 * client's own suite), through its ESM build (`import`) and its CommonJS build (`require`).
 */
import { describe, expect, it } from 'vitest'
import { RUNTIMES, requireRuntime } from '../support/binaries.js'
import { expectScenario } from '../support/expect-scenario.js'
import { useMock } from '../support/mock.js'
import { runProgram } from '../support/run-program.js'

const mock = useMock()

describe.each([RUNTIMES.node22, RUNTIMES.node24])('$label', (runtime) => {
  it('sends, reads the balance and refuses a wrong key through the ESM build', async () => {
    const node = requireRuntime(runtime)
    const output = await runProgram(node, ['src/programs/esm.mjs', mock.current().url])
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/index\.js$/) })
    expectScenario(output, mock.current())
  })

  it('sends, reads the balance and refuses a wrong key through the CommonJS build', async () => {
    const node = requireRuntime(runtime)
    const output = await runProgram(node, ['src/programs/cjs.cjs', mock.current().url])
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/cjs\/index\.js$/) })
    expectScenario(output, mock.current())
  })

  it('is the Node major it is named after', async () => {
    const node = requireRuntime(runtime)
    const output = await runProgram(node, ['-p', 'JSON.stringify(process.versions.node)'])
    expect(output).toMatch(runtime === RUNTIMES.node22 ? /^22\./ : /^24\./)
  })
})
