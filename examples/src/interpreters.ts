/**
 * @module
 * Finds the interpreter each example language needs. Why: the examples are the provider's
 * own code, so they run under the real PHP and Python, not under a Node re-implementation.
 */
import { execFileSync } from 'node:child_process'

/** Languages of the provider's examples, by file extension. */
export type ExampleLanguage = 'php' | 'cjs' | 'py'

/**
 * What each language needs installed, as test names and errors say it.
 * @example
 * INTERPRETER_NEEDS.php // 'php with the curl extension'
 */
export const INTERPRETER_NEEDS: Readonly<Record<ExampleLanguage, string>> = Object.freeze({
  php: 'php with the curl extension',
  cjs: 'Node.js',
  py: 'python3 with requests',
})

function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 })
    return true
  } catch {
    return false
  }
}

const candidates: Record<ExampleLanguage, { command: string; probe: string[] }[]> = {
  php: [{ command: 'php', probe: ['-r', 'exit(function_exists("curl_init") ? 0 : 1);'] }],
  cjs: [{ command: process.execPath, probe: ['-e', '0'] }],
  py: ['python3', '/usr/bin/python3', 'python'].map((command) => ({
    command,
    probe: ['-c', 'import requests'],
  })),
}

// Probed once per language: every page's suite asks for each of them.
const found = new Map<ExampleLanguage, string | undefined>()

/**
 * The first command that can run examples of this language, or undefined.
 * @example
 * findInterpreter('py') // 'python3' when it can import requests
 */
export function findInterpreter(language: ExampleLanguage): string | undefined {
  if (!found.has(language)) {
    found.set(
      language,
      candidates[language].find(({ command, probe }) => works(command, probe))?.command,
    )
  }
  return found.get(language)
}
