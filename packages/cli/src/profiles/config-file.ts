/**
 * The config file of `sendsms`: named profiles of connection settings and the profile in
 * use, as JSON. It holds an API key, so it is written readable by its owner only (mode
 * 0600, in a directory of mode 0700).
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UsageError } from '../errors/cli-error.js'

/** The settings a profile may hold, by their flag names. */
export const PROFILE_SETTINGS = ['base-url', 'api-key', 'partner-id', 'shortcode'] as const

/**
 * One of {@link PROFILE_SETTINGS}.
 *
 * @example
 * ```ts
 * const setting: ProfileSetting = 'partner-id'
 * ```
 */
export type ProfileSetting = (typeof PROFILE_SETTINGS)[number]

/**
 * One profile: its settings, and when `sendsms` first told that it sends to the live service.
 *
 * @example
 * ```ts
 * const profile: Profile = { settings: { 'partner-id': '12345' } }
 * ```
 */
export interface Profile {
  settings: Partial<Record<ProfileSetting, string>>
  /** ISO time of the notice "sending to the live service …", shown once per profile. */
  liveNoticeShown?: string
}

/**
 * The whole file.
 *
 * @example
 * ```ts
 * const file: ConfigFile = { current: 'default', profiles: { default: { settings: {} } } }
 * ```
 */
export interface ConfigFile {
  current?: string
  profiles: Record<string, Profile>
}

/**
 * Reads the file; a missing file is an empty one. A file that is not the config's JSON is
 * bad usage (exit 2), naming the file, rather than silently ignored.
 *
 * @example
 * ```ts
 * const file = await readConfigFile('/home/ann/.config/sendsms/config.json')
 * ```
 */
export async function readConfigFile(path: string | undefined): Promise<ConfigFile> {
  if (path === undefined) return { profiles: {} }
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { profiles: {} }
    throw new UsageError(`cannot read the config file ${path}`)
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error()
    const profiles: Record<string, Profile> = {}
    for (const [name, profile] of Object.entries(parsed.profiles ?? {})) {
      profiles[name] = { ...profile, settings: { ...(profile?.settings ?? {}) } }
    }
    return typeof parsed.current === 'string' ? { current: parsed.current, profiles } : { profiles }
  } catch {
    throw new UsageError(`the config file ${path} is not valid JSON`, {
      hint: 'Fix or delete it; `sendsms config set` writes a new one.',
    })
  }
}

/**
 * Writes the file, readable and writable by its owner only.
 *
 * @example
 * ```ts
 * await writeConfigFile(path, { current: 'default', profiles: { default: { settings: {} } } })
 * ```
 */
export async function writeConfigFile(path: string, file: ConfigFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
  // writeFile's mode applies only to a new file: an older one keeps its own without this.
  await chmod(path, 0o600)
}
