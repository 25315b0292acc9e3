/**
 * The one-time notice before a profile's first send to the live service: one line on
 * standard error naming the base URL, so nobody pays for a test message sent to real phones
 * by mistake. Shown once per profile (the time is recorded in the config file), never a
 * prompt, so scripts and CI never wait on it. Sends to this machine (a mock) need none.
 */
import type { ResolvedIo } from '../cli-io.js'
import { writeConfigFile } from './config-file.js'
import type { SettingLayers } from './settings-sources.js'

/**
 * Whether a base URL is this machine's (a mock or a tunnel), where a send costs nothing.
 *
 * @example
 * ```ts
 * isLocalUrl('http://127.0.0.1:4010') // true
 * isLocalUrl('https://quicksms.advantasms.com') // false
 * ```
 */
export function isLocalUrl(baseUrl: string): boolean {
  let host: string
  try {
    host = new URL(baseUrl).hostname
  } catch {
    return false
  }
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * Prints the notice and records it when this is the profile's first send to a service that
 * is not local; does nothing otherwise. A config file that cannot be written only means the
 * notice comes again next time.
 *
 * @example
 * ```ts
 * await noticeLiveSend('https://quicksms.advantasms.com', layers, io)
 * // sendsms: sending to the live service at https://quicksms.advantasms.com (profile 'default'); …
 * ```
 */
export async function noticeLiveSend(
  baseUrl: string,
  layers: SettingLayers,
  io: Pick<ResolvedIo, 'stderr'>,
): Promise<void> {
  // A URL the client will refuse (not http or https) gets its error instead.
  if (!/^https?:\/\//i.test(baseUrl)) return
  if (isLocalUrl(baseUrl) || layers.profile?.liveNoticeShown !== undefined) return
  io.stderr(
    `sendsms: sending to the live service at ${baseUrl} (profile '${layers.profileName}'): real messages, real credit. Shown once per profile.\n`,
  )
  if (layers.path === undefined) return
  const profile = layers.profile ?? { settings: {} }
  const file = {
    ...layers.file,
    profiles: {
      ...layers.file.profiles,
      [layers.profileName]: { ...profile, liveNoticeShown: new Date().toISOString() },
    },
  }
  try {
    await writeConfigFile(layers.path, file)
  } catch {
    // Not fatal: the send goes on, and the notice shows again next time.
  }
}
