/**
 * Reads a `.env` file for `--env-file`: `KEY=value` lines, as dotenv and Node's own
 * `--env-file` write them. Written here rather than taken from Node's `util.parseEnv`, which
 * Node 20 has only from 20.12, and the CLI supports every Node 20.
 */
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors/cli-error.js'

/**
 * The variables of `.env` text: blank lines and `#` comments skipped, an `export ` prefix
 * allowed, values unquoted (trimmed, a ` #` comment dropped), 'single-quoted' (as written)
 * or "double-quoted" (`\n` read as a newline).
 *
 * @example
 * ```ts
 * parseEnvText('export ADVANTA_PARTNER_ID=12345 # sandbox\nADVANTA_SHORTCODE="SANDBOX"\n')
 * // { ADVANTA_PARTNER_ID: '12345', ADVANTA_SHORTCODE: 'SANDBOX' }
 * ```
 */
export function parseEnvText(text: string): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line)
    if (match === null) continue
    const [, name = '', raw = ''] = match
    variables[name] = readValue(raw)
  }
  return variables
}

function readValue(raw: string): string {
  const quote = raw[0]
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1)
    const inner = end === -1 ? raw.slice(1) : raw.slice(1, end)
    return quote === '"' ? inner.replace(/\\n/g, '\n') : inner
  }
  return raw.replace(/\s+#.*$/, '').trim()
}

/**
 * Reads and parses the file of `--env-file`; one that cannot be read is bad usage (exit 2).
 *
 * @example
 * ```ts
 * const variables = await readEnvFile('.env', { json: false })
 * ```
 */
export async function readEnvFile(
  path: string,
  context: { json: boolean },
): Promise<Record<string, string>> {
  try {
    return parseEnvText(await readFile(path, 'utf8'))
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'no such file' : 'unreadable'
    throw new UsageError(`cannot read --env-file ${path}: ${reason}`, context)
  }
}
