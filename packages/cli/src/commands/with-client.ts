/**
 * What every command that calls the API does around its call: resolve the settings (flag,
 * else ADVANTA_* variable, else `--env-file`, else profile, else default), load
 * @sendsms/client only then (so `sendsms --help` stays fast), hand it the run's own
 * environment, and turn the client's expected errors into CLI failures with their exit codes.
 */
import type { SmsClient } from '@sendsms/client'
import { isBlank } from '@sendsms/client/settings'
import type { ResolvedIo } from '../cli-io.js'
import { type ConfigFlags, resolveConfig } from '../config.js'
import { type ClientModule, failureFromClientError } from '../errors/from-client-error.js'
import { noticeLiveSend } from '../profiles/live-notice.js'
import { resolveLayers } from '../profiles/settings-sources.js'

/** The flags withClient reads: the connection settings, `--profile` and `--env-file`. */
export type ClientFlags = ConfigFlags & {
  profile?: string | undefined
  'env-file'?: string | undefined
}

/**
 * Runs `call` with a client of the resolved settings and returns what it returns. An error
 * of the client becomes a CliError (usage 2, provider 3, unreachable 5); anything else is
 * rethrown for the top-level handler to report as a bug. With `sends`, the first send of a
 * profile to a service that is not local prints a notice naming it.
 *
 * @example
 * ```ts
 * const balance = await withClient(values, io, { json, command: 'balance' }, (sms) => sms.getBalance())
 * ```
 */
export async function withClient<T>(
  flags: ClientFlags,
  io: ResolvedIo,
  context: { json: boolean; command: string; sends?: boolean },
  call: (sms: SmsClient, client: ClientModule) => Promise<T>,
): Promise<T> {
  const { json, command } = context
  const layers = await resolveLayers(flags, io, { json })
  const config = resolveConfig(flags, layers.env, { json })
  if (config.apiKey !== undefined) io.secrets.push(config.apiKey)
  const client = await import('@sendsms/client')
  // The run's own environment (with the profile and --env-file folded in), never the
  // client's default (process.env): a caller of runCli with `env: {}` means no ADVANTA_* at
  // all, and the output redaction only knows the keys it was told.
  const sms = client.createClient({ ...config, env: layers.env })
  const complete = [config.apiKey, config.partnerId, config.shortcode].every((v) => !isBlank(v))
  // Only a send that will be made: without credentials the client refuses it first.
  if (context.sends === true && complete) await noticeLiveSend(config.baseUrl, layers, io)
  try {
    return await call(sms, client)
  } catch (error) {
    throw failureFromClientError(error, client, { json, baseUrl: config.baseUrl, command }) ?? error
  }
}
