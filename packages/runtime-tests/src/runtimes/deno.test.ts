/**
 * @module
 * The built client on Deno, through its ESM build (`import`) and its CommonJS build
 * (`require` in a `.cjs` file). Deno resolves `@sendsms/client` from this package's
 * node_modules (its package.json is found), and runs with the fewest permissions the client
 * needs: the network to 127.0.0.1 only, and for `require` reading the workspace, which
 * Node's CommonJS resolution does to find files. No environment access: the scenario passes
 * `env: false`.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RUNTIMES, requireRuntime } from '../support/binaries.js'
import { expectScenario } from '../support/expect-scenario.js'
import { useMock } from '../support/mock.js'
import { runProgram } from '../support/run-program.js'

const mock = useMock()
const workspace = fileURLToPath(new URL('../../../../', import.meta.url))
const denoRun = ['run', '--no-prompt', '--allow-net=127.0.0.1']
const denoEnv = { DENO_NO_UPDATE_CHECK: '1' }

describe('Deno', () => {
  it('sends, reads the balance and refuses a wrong key through the ESM build', async () => {
    const deno = requireRuntime(RUNTIMES.deno)
    const args = [...denoRun, 'src/programs/esm.mjs', mock.current().url]
    const output = await runProgram(deno, args, denoEnv)
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/index\.js$/) })
    expectScenario(output, mock.current())
  })

  it('sends, reads the balance and refuses a wrong key through the CommonJS build', async () => {
    const deno = requireRuntime(RUNTIMES.deno)
    const args = [
      ...denoRun,
      `--allow-read=${workspace}`,
      'src/programs/cjs.cjs',
      mock.current().url,
    ]
    const output = await runProgram(deno, args, denoEnv)
    expect(output).toMatchObject({ entry: expect.stringMatching(/client\/dist\/cjs\/index\.js$/) })
    expectScenario(output, mock.current())
  })
})
