/**
 * What every command that calls the API does around its call: resolve the settings (flag,
 * else ADVANTA_* variable, else default), load @sendsms/client only then (so `sendsms --help`
 * stays fast), hand it the run's own environment, and turn the client's expected errors into
 * CLI failures with their exit codes.
 */
import type { SmsClient } from '@sendsms/client'
import type { ResolvedIo } from '../cli-io.js'
import { type ConfigFlags, resolveConfig } from '../config.js'
import { type ClientModule, failureFromClientError } from '../errors/from-client-error.js'

/**
 * Runs `call` with a client of the resolved settings and returns what it returns. An error
 * of the client becomes a CliError (usage 2, provider 3, unreachable 5); anything else is
 * rethrown for the top-level handler to report as a bug.
 *
 * @example
 * ```ts
 * const balance = await withClient(values, io, { json, command: 'balance' }, (sms) => sms.getBalance())
 * ```
 */
export async function withClient<T>(
  flags: ConfigFlags,
  io: ResolvedIo,
  context: { json: boolean; command: string },
  call: (sms: SmsClient, client: ClientModule) => Promise<T>,
): Promise<T> {
  const { json, command } = context
  const config = resolveConfig(flags, io.env, { json })
  const client = await import('@sendsms/client')
  // The run's own environment, never the client's default (process.env): a caller of
  // runCli with `env: {}` means no ADVANTA_* at all, and the output redaction only knows
  // the keys of io.env and the flags.
  const sms = client.createClient({ ...config, env: io.env })
  try {
    return await call(sms, client)
  } catch (error) {
    throw failureFromClientError(error, client, { json, baseUrl: config.baseUrl, command }) ?? error
  }
}
