/**
 * @module
 * `@sendsms/client/settings`: how the client's settings are resolved (option, else ADVANTA_*
 * variable, else default) and how secrets are kept out of text. Imports nothing but
 * `@sendsms/wire` and has no side effects, so a CLI can load it at start-up for its help
 * text without loading the client's methods.
 */
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, ENV_VARIABLES } from './defaults.js'
export { isBlank } from './is-blank.js'
export { redactSecrets } from './redact-secrets.js'
export {
  type ResolvedSettings,
  resolveSettings,
  type SettingsEnv,
  type SettingsOptions,
} from './resolve-settings.js'
