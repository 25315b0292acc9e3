/**
 * @module
 * Where the pact files live and who the parties are, shared by every phase so the
 * consumers write exactly where the provider and the spec check read.
 */
import { fileURLToPath } from 'node:url'

/**
 * Absolute path of `packages/contract-tests/pacts/`, emptied by `scripts/clean-pacts.mjs`
 * before each `pnpm test`.
 * @example
 * new PactV4({ consumer: CLIENT_CONSUMER, provider: PROVIDER, dir: PACT_DIR })
 */
export const PACT_DIR: string = fileURLToPath(new URL('../../pacts/', import.meta.url))

/**
 * The provider every consumer talks to: the Advanta SMS API, played by `@sendsms/mock-server`.
 * @example
 * new Verifier({ provider: PROVIDER, providerBaseUrl: running.url })
 */
export const PROVIDER = 'advanta-sms-api'

/**
 * Consumer name of `@sendsms/client`.
 * @example
 * new PactV4({ consumer: CLIENT_CONSUMER, provider: PROVIDER })
 */
export const CLIENT_CONSUMER = 'sendsms-client'

/**
 * Consumer name of `@sendsms/cli`.
 * @example
 * new PactV4({ consumer: CLI_CONSUMER, provider: PROVIDER })
 */
export const CLI_CONSUMER = 'sendsms-cli'

/**
 * Consumer name of a caller that writes its own HTTP requests, as the provider's PHP and
 * Python samples and curl do: it records the refusals only raw input provokes, which the
 * client and the CLI refuse before sending.
 * @example
 * new PactV4({ consumer: PLAIN_HTTP_CONSUMER, provider: PROVIDER })
 */
export const PLAIN_HTTP_CONSUMER = 'plain-http'

/**
 * Every consumer: each must have written a pact file by the provider phase.
 * @example
 * CONSUMERS.includes(CLI_CONSUMER) // true
 */
export const CONSUMERS: readonly string[] = [CLIENT_CONSUMER, CLI_CONSUMER, PLAIN_HTTP_CONSUMER]
