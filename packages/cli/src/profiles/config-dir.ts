/**
 * Where `sendsms` keeps its config file: `SENDSMS_CONFIG_DIR` when set (tests, a CI
 * workspace), else the user's config directory of the platform: `%APPDATA%\sendsms` on
 * Windows, `$XDG_CONFIG_HOME/sendsms`, else `~/.config/sendsms`. Read from the run's own
 * environment only, so a run given `env: {}` (a test) has no config file at all.
 */
import { join } from 'node:path'

/**
 * The config file's path, or undefined when the environment names no directory for it.
 *
 * @example
 * ```ts
 * configPath({ SENDSMS_CONFIG_DIR: '/tmp/x' }) // '/tmp/x/config.json'
 * configPath({ HOME: '/home/ann' }, 'linux')   // '/home/ann/.config/sendsms/config.json'
 * ```
 */
export function configPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const dir = configDir(env, platform)
  return dir === undefined ? undefined : join(dir, 'config.json')
}

function configDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): string | undefined {
  const set = (name: string) => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  const own = set('SENDSMS_CONFIG_DIR')
  if (own !== undefined) return own
  const appData = set('APPDATA')
  if (platform === 'win32' && appData !== undefined) return join(appData, 'sendsms')
  const xdg = set('XDG_CONFIG_HOME')
  if (xdg !== undefined) return join(xdg, 'sendsms')
  const home = set('HOME') ?? set('USERPROFILE')
  return home === undefined ? undefined : join(home, '.config', 'sendsms')
}
