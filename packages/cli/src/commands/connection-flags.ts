/**
 * The flags every command that calls the API shares: the connection settings (each
 * overriding its ADVANTA_* variable, which overrides the profile), `--profile`,
 * `--env-file`, `--json` and `--help`. One declaration, so `send`, `bulk`, `otp`, `balance`
 * and `status` read them alike, and shell completion (`sendsms completion`) lists them from
 * the same table: `help` and `complete` are read by completion, ignored by parseArgs.
 */

/**
 * What a shell may complete after a flag that takes a value: a file name, a profile name of
 * the config file, or a setting name of `sendsms config`.
 *
 * @example
 * ```ts
 * const complete: FlagCompletion = 'file'
 * ```
 */
export type FlagCompletion = 'file' | 'profile'

/**
 * One flag, as node:util parseArgs declares it, plus its help line and what completes its
 * value.
 *
 * @example
 * ```ts
 * const flag: FlagSpec = { type: 'string', short: 't', help: 'recipients' }
 * ```
 */
export interface FlagSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  readonly multiple?: boolean
  /** One line for completion menus. */
  readonly help: string
  readonly complete?: FlagCompletion
}

/**
 * The shared flags; a command spreads them into its own.
 *
 * @example
 * ```ts
 * const FLAGS = { ...CONNECTION_FLAGS, get: { type: 'boolean', help: 'send with GET' } } as const
 * ```
 */
export const CONNECTION_FLAGS = {
  json: { type: 'boolean', help: 'print exactly one JSON document on standard output' },
  'base-url': { type: 'string', help: 'API base URL (env ADVANTA_BASE_URL)' },
  'api-key': { type: 'string', help: 'API key (env ADVANTA_API_KEY); never printed' },
  'partner-id': { type: 'string', help: 'partner ID (env ADVANTA_PARTNER_ID)' },
  shortcode: { type: 'string', help: 'sender id (env ADVANTA_SHORTCODE)' },
  timeout: { type: 'string', help: 'give up after this many milliseconds' },
  profile: {
    type: 'string',
    short: 'p',
    help: 'settings profile of the config file (env SENDSMS_PROFILE)',
    complete: 'profile',
  },
  'env-file': { type: 'string', help: 'read ADVANTA_* from a .env file', complete: 'file' },
  help: { type: 'boolean', short: 'h', help: 'show the help' },
} as const satisfies Record<string, FlagSpec>
