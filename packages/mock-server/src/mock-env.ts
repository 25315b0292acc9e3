/**
 * @module
 * The Hono environment of the mock's app: what a route leaves on the context for the
 * middleware around it.
 */
import type { ProviderOutcome } from './provider/serve-provider.js'

/**
 * The app's Hono environment.
 * @example
 * const app = new Hono<MockEnv>()
 */
export interface MockEnv {
  Variables: {
    /** Set by a provider route: what it answered, for the request log. */
    providerOutcome: ProviderOutcome | undefined
    /** Set by the control guard: the body of a control request, read within its limit. */
    controlBody: Uint8Array | undefined
  }
}
