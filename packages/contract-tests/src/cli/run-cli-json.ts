/**
 * @module
 * Runs a `sendsms` command in-process with `--json`, pointed at the Pact mock server with
 * the sandbox's connection flags (a `null` override leaves a flag out), and captures what a
 * CI script relies on: the exit code, the one JSON document on standard output, and standard
 * error. It never reads the developer's environment, and fails the test if any API key it
 * was given is printed.
 */
import type { V3MockServer } from '@pact-foundation/pact'
import { runCli } from '@sendsms/cli'
import { expect } from 'vitest'
import { WRONG_API_KEY } from '../fixtures/refusal-cases.js'
import { type CredentialOverrides, SANDBOX } from '../fixtures/sandbox.js'

/**
 * What one run gave.
 * @example
 * const { exitCode, document } = await runJson(mockServer, ['balance'])
 */
export interface CliRun {
  exitCode: number
  document: unknown
  stderr: string
}

function connectionFlags(credentials: CredentialOverrides): string[] {
  const flags: [string, string | null | undefined, string][] = [
    ['--api-key', credentials.apikey, SANDBOX.apiKey],
    ['--partner-id', credentials.partnerID, SANDBOX.partnerId],
    ['--shortcode', credentials.shortcode, SANDBOX.shortcode],
  ]
  return flags.flatMap(([flag, value, fallback]) => {
    const chosen = value === undefined ? fallback : value
    return chosen === null ? [] : [flag, chosen]
  })
}

/**
 * Runs `sendsms ...command --base-url URL <credentials> --json`; `stdin` is what `-` reads.
 * @example
 * await runJson(mockServer, ['send', '--to', '254712345678', '--message', 'Hi'], { credentials: { apikey: null } })
 */
export async function runJson(
  mockServer: V3MockServer,
  command: readonly string[],
  options: {
    credentials?: CredentialOverrides
    stdin?: string
    /** Run with this environment and no connection flags: the connection comes from it. */
    env?: Record<string, string>
  } = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const connection =
    options.env === undefined
      ? ['--base-url', mockServer.url, ...connectionFlags(options.credentials ?? {})]
      : []
  const exitCode = await runCli([...command, ...connection, '--json'], {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    // No ADVANTA_* from the developer's shell leaks into the run.
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? '',
  })
  // No key must ever be printed, whatever the outcome.
  for (const key of [SANDBOX.apiKey, WRONG_API_KEY]) {
    expect(stdout + stderr).not.toContain(key)
  }
  return { exitCode, document: JSON.parse(stdout) as unknown, stderr }
}

/**
 * The flag that makes a command ask with GET (`--get`); POST is every command's default.
 * @example
 * ['balance', ...methodFlags('GET')] // ['balance', '--get']
 */
export function methodFlags(method: 'GET' | 'POST'): string[] {
  return method === 'GET' ? ['--get'] : []
}
