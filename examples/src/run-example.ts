/**
 * @module
 * Runs one example as a developer would: its placeholders filled, saved as a script of its
 * own language, run by that language's interpreter. What it printed is returned as it is.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { ExampleFile } from './example-files.js'
import { type ExampleValues, fillPlaceholders } from './fill-placeholders.js'

const run = promisify(execFile)
// The Node examples `require('axios')`, which is this package's dev dependency.
const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url))

/** What an example wrote. */
export interface ExampleOutput {
  stdout: string
  stderr: string
}

/**
 * Fills the example with `values`, runs it with `interpreter` and returns what it printed.
 * Rejects when it exits with an error or runs past 20 seconds.
 * @example
 * const { stdout } = await runExample(example, 'php', { baseUrl: server.url, apikey: 'k' })
 */
export async function runExample(
  example: ExampleFile,
  interpreter: string,
  values: ExampleValues,
): Promise<ExampleOutput> {
  const source = fillPlaceholders(readFileSync(example.path, 'utf8'), values)
  const dir = mkdtempSync(join(tmpdir(), 'sendsms-examples-'))
  try {
    const script = join(dir, example.file)
    writeFileSync(script, source)
    return await run(interpreter, [script], {
      timeout: 20_000,
      env: { ...process.env, NODE_PATH: nodeModules },
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
