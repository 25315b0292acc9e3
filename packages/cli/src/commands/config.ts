/**
 * `sendsms config set|get|unset|list|use`: the profiles of the config file. A profile holds
 * connection settings (`base-url`, `api-key`, `partner-id`, `shortcode`); flags override
 * environment variables, which override an `--env-file`, which overrides the profile, and
 * `config list` shows which one each setting comes from. The API key is never printed unless
 * `config get api-key --show-secret` asks for it.
 */
import { isBlank } from '@sendsms/client/settings'
import type { ResolvedIo } from '../cli-io.js'
import { resolveConfig } from '../config.js'
import { UsageError } from '../errors/cli-error.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { closestName } from '../input/did-you-mean.js'
import { parseFlags } from '../input/parse-flags.js'
import { configPath } from '../profiles/config-dir.js'
import {
  type ConfigFile,
  PROFILE_SETTINGS,
  type ProfileSetting,
  readConfigFile,
  writeConfigFile,
} from '../profiles/config-file.js'
import { resolveLayers, SETTING_VARIABLES } from '../profiles/settings-sources.js'
import { CONNECTION_FLAGS, type FlagSpec } from './connection-flags.js'
import { helpText } from './help.js'

/** The flags of `sendsms config`, for parsing and completion. */
export const CONFIG_FLAGS = {
  ...CONNECTION_FLAGS,
  'show-secret': { type: 'boolean', help: 'config get api-key: print the key itself' },
} as const satisfies Record<string, FlagSpec>

/** The actions of `sendsms config`, for parsing and completion. */
export const CONFIG_ACTIONS = ['set', 'get', 'unset', 'list', 'use', 'profiles'] as const

const HINT = "Run 'sendsms help config' for usage."
const REDACTED = '[redacted]'

/**
 * Runs `sendsms config ACTION …` and returns 0; bad usage is a UsageError (exit 2).
 *
 * @example
 * ```ts
 * await runConfig(['set', 'partner-id', '12345', '--profile', 'staging'], io)
 * ```
 */
export async function runConfig(argv: readonly string[], io: ResolvedIo): Promise<ExitCode> {
  const json = argv.includes('--json')
  const { values, positionals } = parseFlags(argv, CONFIG_FLAGS, {
    command: 'config',
    json,
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout(await helpText('config'))
    return EXIT_CODES.ok
  }
  const [action, ...args] = positionals
  const path = configPath(io.env)
  switch (action) {
    case 'set':
      return setSetting(args, values.profile, path, io, json)
    case 'unset':
      return unsetSetting(args, values.profile, path, io, json)
    case 'get':
      return getSetting(args, values, path, io, json)
    case 'list':
      return listSettings(args, values, path, io, json)
    case 'use':
      return useProfile(args, path, io, json)
    case 'profiles': {
      // One name per line, for scripts and shell completion.
      const names = Object.keys((await readConfigFile(path)).profiles)
      io.stdout(names.map((name) => `${name}\n`).join(''))
      return EXIT_CODES.ok
    }
    default: {
      const near = action === undefined ? undefined : closestName(action, CONFIG_ACTIONS)
      const what =
        action === undefined ? 'config needs an action' : `unknown config action '${action}'`
      throw new UsageError(`${what}: ${CONFIG_ACTIONS.join(', ')}`, {
        json,
        hint: near === undefined ? HINT : `Did you mean 'sendsms config ${near}'? ${HINT}`,
      })
    }
  }
}

function settingOf(name: string | undefined, json: boolean): ProfileSetting {
  const known: readonly string[] = PROFILE_SETTINGS
  if (name !== undefined && known.includes(name)) return name as ProfileSetting
  const near = name === undefined ? undefined : closestName(name, PROFILE_SETTINGS)
  const what = name === undefined ? 'no setting named' : `unknown setting '${name}'`
  throw new UsageError(`${what}: ${PROFILE_SETTINGS.join(', ')}`, {
    json,
    hint: near === undefined ? HINT : `Did you mean '${near}'? ${HINT}`,
  })
}

function needPath(path: string | undefined, json: boolean): string {
  if (path !== undefined) return path
  throw new UsageError('no config directory: set SENDSMS_CONFIG_DIR, XDG_CONFIG_HOME or HOME', {
    json,
    hint: HINT,
  })
}

function profileNameOf(flag: string | undefined, file: ConfigFile, io: ResolvedIo): string {
  return (
    [flag, io.env.SENDSMS_PROFILE].find((name) => !isBlank(name))?.trim() ??
    file.current ??
    'default'
  )
}

async function setSetting(
  args: readonly string[],
  profileFlag: string | undefined,
  path: string | undefined,
  io: ResolvedIo,
  json: boolean,
): Promise<ExitCode> {
  const [name, given, ...extra] = args
  const setting = settingOf(name, json)
  if (given === undefined || extra.length > 0) {
    throw new UsageError(`config set takes a setting and one value ('-' reads standard input)`, {
      json,
      hint: HINT,
    })
  }
  // '-' keeps an API key out of the shell's history and the process list.
  const value = given === '-' ? (await io.readStdin()).trim() : given.trim()
  if (value === '')
    throw new UsageError(`config set ${setting}: the value is blank`, { json, hint: HINT })
  if (setting === 'api-key') io.secrets.push(value)
  const file = await readConfigFile(needPath(path, json))
  const profileName = profileNameOf(profileFlag, file, io)
  const profile = file.profiles[profileName] ?? { settings: {} }
  file.profiles[profileName] = { ...profile, settings: { ...profile.settings, [setting]: value } }
  file.current ??= profileName
  await writeConfigFile(needPath(path, json), file)
  const shown = setting === 'api-key' ? REDACTED : value
  io.stderr(`${setting} = ${shown} (profile '${profileName}', ${path})\n`)
  return EXIT_CODES.ok
}

async function unsetSetting(
  args: readonly string[],
  profileFlag: string | undefined,
  path: string | undefined,
  io: ResolvedIo,
  json: boolean,
): Promise<ExitCode> {
  const setting = settingOf(args[0], json)
  const file = await readConfigFile(needPath(path, json))
  const profileName = profileNameOf(profileFlag, file, io)
  const profile = file.profiles[profileName]
  if (profile !== undefined) {
    delete profile.settings[setting]
    await writeConfigFile(needPath(path, json), file)
  }
  io.stderr(`${setting} unset (profile '${profileName}')\n`)
  return EXIT_CODES.ok
}

async function getSetting(
  args: readonly string[],
  values: { profile?: string | undefined; 'show-secret'?: boolean | undefined },
  path: string | undefined,
  io: ResolvedIo,
  json: boolean,
): Promise<ExitCode> {
  const setting = settingOf(args[0], json)
  const file = await readConfigFile(path)
  const profileName = profileNameOf(values.profile, file, io)
  const value = file.profiles[profileName]?.settings[setting]
  if (value === undefined) {
    throw new UsageError(`${setting} is not set in profile '${profileName}'`, { json, hint: HINT })
  }
  const shown = setting === 'api-key' && values['show-secret'] !== true ? REDACTED : value
  if (setting === 'api-key' && values['show-secret'] !== true) io.secrets.push(value)
  // --show-secret is the one way to print a key: it bypasses the redaction on purpose.
  const print = setting === 'api-key' && values['show-secret'] === true ? rawStdout(io) : io.stdout
  print(
    json
      ? `${JSON.stringify({ ok: true, profile: profileName, setting, value: shown })}\n`
      : `${shown}\n`,
  )
  return EXIT_CODES.ok
}

function rawStdout(io: ResolvedIo): (text: string) => void {
  return (text) => {
    const secrets = io.secrets.splice(0)
    try {
      io.stdout(text)
    } finally {
      io.secrets.push(...secrets)
    }
  }
}

async function listSettings(
  args: readonly string[],
  values: Record<string, string | boolean | undefined>,
  path: string | undefined,
  io: ResolvedIo,
  json: boolean,
): Promise<ExitCode> {
  if (args.length > 0) throw new UsageError('config list takes no arguments', { json, hint: HINT })
  const flags = values as Parameters<typeof resolveLayers>[0]
  const layers = await resolveLayers(flags, io, { json })
  const config = resolveConfig(flags, layers.env, { json })
  const resolved: Record<ProfileSetting, string | undefined> = {
    'base-url': config.baseUrl,
    'api-key': config.apiKey === undefined ? undefined : REDACTED,
    'partner-id': config.partnerId,
    shortcode: config.shortcode,
  }
  const where = (setting: ProfileSetting) => {
    const source = layers.sources[setting]
    if (source === 'environment' || source === 'env-file')
      return `${source} ${SETTING_VARIABLES[setting]}`
    if (source === 'profile') return `profile '${layers.profileName}'`
    if (source === 'flag') return `flag --${setting}`
    return resolved[setting] === undefined ? 'not set' : 'default'
  }
  const profiles = Object.keys(layers.file.profiles)
  if (json) {
    const settings = Object.fromEntries(
      PROFILE_SETTINGS.map((setting) => [
        setting,
        { value: resolved[setting] ?? null, source: layers.sources[setting] },
      ]),
    )
    io.stdout(
      `${JSON.stringify({ ok: true, path: path ?? null, profile: layers.profileName, profiles, settings })}\n`,
    )
    return EXIT_CODES.ok
  }
  const lines = [`profile     ${layers.profileName} (${path ?? 'no config file'})`]
  for (const setting of PROFILE_SETTINGS) {
    lines.push(`${setting.padEnd(11)} ${(resolved[setting] ?? '-').padEnd(34)} ${where(setting)}`)
  }
  const marked = profiles.map((name) => (name === layers.file.current ? `${name} (current)` : name))
  lines.push(`profiles    ${marked.length === 0 ? 'none yet' : marked.join(', ')}`)
  lines.push('precedence  flags > environment > --env-file > profile > default')
  io.stdout(`${lines.join('\n')}\n`)
  return EXIT_CODES.ok
}

async function useProfile(
  args: readonly string[],
  path: string | undefined,
  io: ResolvedIo,
  json: boolean,
): Promise<ExitCode> {
  const [name, ...extra] = args
  if (name === undefined || extra.length > 0) {
    throw new UsageError('config use takes one profile name', { json, hint: HINT })
  }
  const file = await readConfigFile(needPath(path, json))
  if (file.profiles[name] === undefined) {
    const near = closestName(name, Object.keys(file.profiles))
    throw new UsageError(`no profile '${name}'`, {
      json,
      hint:
        near === undefined
          ? `Create it with 'sendsms config set KEY VALUE --profile ${name}'.`
          : `Did you mean '${near}'?`,
    })
  }
  file.current = name
  await writeConfigFile(needPath(path, json), file)
  io.stderr(`now using profile '${name}'\n`)
  return EXIT_CODES.ok
}
