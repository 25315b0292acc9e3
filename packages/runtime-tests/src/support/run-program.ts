/**
 * @module
 * Runs one scenario program on a runtime's executable and reads the JSON line it prints.
 */
import { execFile } from 'node:child_process'
import { PACKAGE_ROOT } from './binaries.js'

/**
 * Runs `executable args…` in this package's directory and parses the last line it prints as
 * JSON. Rejects with the program's stderr when it exits non-zero or prints no JSON.
 *
 * @example
 * ```ts
 * const output = await runProgram(node24, ['src/programs/esm.mjs', url])
 * ```
 */
export function runProgram(
  executable: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      args,
      // A hung runtime must fail the test rather than hold the run open.
      { cwd: PACKAGE_ROOT, timeout: 30_000, env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').at(-1) ?? ''
        if (error !== null) {
          reject(new Error(`${executable} ${args.join(' ')} failed: ${error.message}\n${stderr}`))
          return
        }
        try {
          resolve(JSON.parse(last))
        } catch {
          reject(new Error(`${executable} printed no JSON line:\n${stdout}\n${stderr}`))
        }
      },
    )
  })
}
