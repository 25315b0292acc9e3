/**
 * @module
 * Where the ADVANTA_* variables are read from when a caller gives no `env`: `process.env`
 * where the runtime has one (Node, Bun, Deno's Node layer), else none (browsers, Workers).
 */
import type { SettingsEnv } from './resolve-settings.js'

/**
 * `process.env` where it exists, else `false` (none).
 * @example
 * processEnv() // process.env in Node, false in a browser
 */
export function processEnv(): SettingsEnv {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env
  return env ?? false
}
