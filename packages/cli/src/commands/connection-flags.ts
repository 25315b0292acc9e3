/**
 * The flags every command that calls the API shares: the connection settings (each
 * overriding its ADVANTA_* variable), `--json` and `--help`. One declaration, so `send`,
 * `bulk`, `otp`, `balance` and `status` read them alike.
 */

/**
 * The shared flags, as node:util parseArgs declares them; a command spreads them into its own.
 *
 * @example
 * ```ts
 * const FLAGS = { ...CONNECTION_FLAGS, get: { type: 'boolean' } } as const
 * ```
 */
export const CONNECTION_FLAGS = {
  json: { type: 'boolean' },
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  'partner-id': { type: 'string' },
  shortcode: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const
