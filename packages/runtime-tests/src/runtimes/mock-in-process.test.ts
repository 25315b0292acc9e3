/**
 * @module
 * The mock's root entry in-process on Bun and Deno: `src/mock/in-process.mjs` creates the
 * mock with `createMock` and runs the mock scenario with the client's requests answered by
 * `mock.app.request`. Deno runs it with no permission at all, which shows that nothing
 * leaves the process and that the mock reads no file and no environment.
 */
import { describe, expect, it } from 'vitest'
import { RUNTIMES, type Runtime, requireRuntime } from '../support/binaries.js'
import { expectMockScenario } from '../support/expect-mock-scenario.js'
import { runProgram } from '../support/run-program.js'

const PROGRAM = 'src/mock/in-process.mjs'

const RUNS: { runtime: Runtime; args: string[]; env?: Record<string, string> }[] = [
  { runtime: RUNTIMES.bun, args: [PROGRAM] },
  {
    runtime: RUNTIMES.deno,
    args: ['run', '--no-prompt', PROGRAM],
    env: { DENO_NO_UPDATE_CHECK: '1' },
  },
]

describe.each(RUNS)('the mock in-process on $runtime.label', ({ runtime, args, env }) => {
  it('sends, charges, refuses a wrong key, journals, and delivers on its virtual clock', async () => {
    const output = await runProgram(requireRuntime(runtime), args, env)
    expect(output).toMatchObject({
      entry: expect.stringMatching(/mock-server\/dist\/index\.js$/),
      clientEntry: expect.stringMatching(/client\/dist\/index\.js$/),
    })
    const { journal } = output as { journal?: unknown }
    expectMockScenario(output)
    // The journal read in-process holds what the control endpoint listed.
    expect(journal).toEqual(output.sent.messageIds)
  })
})
