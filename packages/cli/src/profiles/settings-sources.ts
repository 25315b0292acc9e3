/**
 * The layers the connection settings come from, highest first: flags, environment variables,
 * the `--env-file`, the profile of the config file, the defaults. The lower layers are folded
 * into one environment of ADVANTA_* variables, which the client's own `resolveSettings` then
 * reads under the flags, so the CLI and the client still resolve each setting alike.
 */
import { ENV_VARIABLES, isBlank } from '@sendsms/client/settings'
import type { ResolvedIo } from '../cli-io.js'
import { UsageError } from '../errors/cli-error.js'
import { readEnvFile } from '../input/env-file.js'
import { configPath } from './config-dir.js'
import {
  type ConfigFile,
  PROFILE_SETTINGS,
  type Profile,
  type ProfileSetting,
  readConfigFile,
} from './config-file.js'

/** The ADVANTA_* variable of each profile setting. */
export const SETTING_VARIABLES: Readonly<Record<ProfileSetting, string>> = {
  'base-url': ENV_VARIABLES.baseUrl,
  'api-key': ENV_VARIABLES.apiKey,
  'partner-id': ENV_VARIABLES.partnerId,
  shortcode: ENV_VARIABLES.shortcode,
}

/**
 * Where one setting's value came from.
 *
 * @example
 * ```ts
 * const source: SettingSource = 'profile'
 * ```
 */
export type SettingSource = 'flag' | 'environment' | 'env-file' | 'profile' | 'default'

/** The layers of one run, resolved. */
export interface SettingLayers {
  /** The environment to resolve the settings from: the run's, with the lower layers folded in. */
  env: Record<string, string | undefined>
  /** The config file's path, or undefined when the environment names no config directory. */
  path: string | undefined
  file: ConfigFile
  /** The profile in use: `--profile`, else SENDSMS_PROFILE, else the file's current one, else `default`. */
  profileName: string
  profile: Profile | undefined
  /** Each setting's source, by the same precedence. */
  sources: Record<ProfileSetting, SettingSource>
}

/**
 * Resolves the layers for the flags of one command. A `--profile` (or SENDSMS_PROFILE) that
 * the file does not have is bad usage: sending with another account's settings by a typo
 * would be worse than stopping.
 *
 * @example
 * ```ts
 * const layers = await resolveLayers({ profile: 'staging' }, io, { json: false })
 * resolveConfig(flags, layers.env)
 * ```
 */
export async function resolveLayers(
  flags: Partial<Record<ProfileSetting | 'profile' | 'env-file', string | undefined>>,
  io: Pick<ResolvedIo, 'env'>,
  context: { json: boolean },
): Promise<SettingLayers> {
  const path = configPath(io.env)
  const file = await readConfigFile(path)
  const chosen = [flags.profile, io.env.SENDSMS_PROFILE].find((name) => !isBlank(name))?.trim()
  const profileName = chosen ?? file.current ?? 'default'
  const profile = file.profiles[profileName]
  if (chosen !== undefined && profile === undefined) {
    const known = Object.keys(file.profiles)
    throw new UsageError(`no profile '${chosen}' in ${path ?? 'the config file'}`, {
      json: context.json,
      hint:
        known.length === 0
          ? `Create it with 'sendsms config set KEY VALUE --profile ${chosen}'.`
          : `Profiles: ${known.join(', ')}. Create it with 'sendsms config set KEY VALUE --profile ${chosen}'.`,
    })
  }
  const envFile =
    flags['env-file'] === undefined ? {} : await readEnvFile(flags['env-file'], context)
  const env: Record<string, string | undefined> = { ...io.env }
  const sources = {} as Record<ProfileSetting, SettingSource>
  for (const setting of PROFILE_SETTINGS) {
    const variable = SETTING_VARIABLES[setting]
    const layers: [SettingSource, string | undefined][] = [
      ['flag', flags[setting]],
      ['environment', io.env[variable]],
      ['env-file', envFile[variable]],
      ['profile', profile?.settings[setting]],
    ]
    const found = layers.find(([, value]) => !isBlank(value))
    sources[setting] = found?.[0] ?? 'default'
    // The flag stays a flag (resolveSettings reads it above the environment); the others
    // become the environment's value.
    const fromBelow = layers.slice(1).find(([, value]) => !isBlank(value))
    env[variable] = fromBelow?.[1]
  }
  return { env, path, file, profileName, profile, sources }
}
