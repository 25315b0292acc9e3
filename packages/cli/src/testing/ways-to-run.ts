/**
 * The two ways a test runs `sendsms`: the built binary in a child process (as users run it)
 * and `runCli` in this process (what mutation testing can see: it mutates `src/`, never the
 * built `dist/`). A test table over both checks each case both ways with one declaration.
 * Stryker's config sets `SENDSMS_CLI_TEST_WAYS=in-process`, since the binary could kill no
 * mutant there and would only cost time.
 */
import { runCli } from '../run-cli.js'
import { captureIo } from './capture-io.js'
import { type BinRun, runBin } from './run-bin.js'

/**
 * Runs `sendsms` one way: arguments, environment, and what standard input holds.
 *
 * @example
 * ```ts
 * const run = await runInProcess(['send', '--to', '-', '-m', 'Hi'], env, { stdin: '0712345678\n' })
 * ```
 */
export type RunSendsms = (
  args: readonly string[],
  env: Record<string, string | undefined>,
  options?: { stdin?: string },
) => Promise<BinRun>

/**
 * `runCli` in this process, with the same inputs and outputs as `runBin`: no terminal, the
 * environment given and nothing else, standard input as given.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runInProcess(['--version'], {})
 * ```
 */
export const runInProcess: RunSendsms = async (args, env, options = {}) => {
  const captured = captureIo(env, {
    readStdin: async () => options.stdin ?? '',
    isTTY: { stdout: false, stderr: false },
  })
  const code = await runCli([...args], captured.io)
  return { code, stdout: captured.stdout(), stderr: captured.stderr() }
}

/**
 * The ways to run, for `describe.each`: both, or only those `SENDSMS_CLI_TEST_WAYS` names.
 *
 * @example
 * ```ts
 * describe.each(waysToRun())('%s', (_way, run) => { it('…', async () => { await run(['--help'], {}) }) })
 * ```
 */
export function waysToRun(): [string, RunSendsms][] {
  const ways: [string, RunSendsms][] = [
    ['the binary', runBin],
    ['in process', runInProcess],
  ]
  const only = process.env.SENDSMS_CLI_TEST_WAYS
  return only ? ways.filter(([name]) => name.replace(' ', '-') === only) : ways
}
