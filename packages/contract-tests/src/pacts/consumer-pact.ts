/**
 * @module
 * The Pact of one consumer with the provider, set up the same way for every consumer test
 * file: V4, the shared pact directory, the mock server on 127.0.0.1 on a random port.
 */
import { PactV4 } from '@pact-foundation/pact'
import { PACT_DIR, PROVIDER } from './pact-dir.js'

const consumers = new WeakMap<PactV4, string>()

/**
 * A fresh `PactV4` for `consumer`, writing to `pacts/<consumer>-advanta-sms-api.json`.
 * Several test files of one consumer write to the same file, which is safe only because
 * `vitest.config.ts` runs test files one at a time (see there).
 * @example
 * const pact = consumerPact(CLIENT_CONSUMER)
 */
export function consumerPact(consumer: string): PactV4 {
  const pact = new PactV4({
    consumer,
    provider: PROVIDER,
    dir: PACT_DIR,
    host: '127.0.0.1',
    logLevel: 'warn',
  })
  consumers.set(pact, consumer)
  return pact
}

/**
 * The consumer a pact of {@link consumerPact} belongs to.
 * @example
 * consumerOf(consumerPact(CLIENT_CONSUMER)) // 'sendsms-client'
 */
export function consumerOf(pact: PactV4): string {
  const consumer = consumers.get(pact)
  if (consumer === undefined) throw new Error('Create consumer pacts with consumerPact()')
  return consumer
}
