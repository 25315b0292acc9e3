/**
 * @module
 * The process Pact's verifier runs in, one pact file per run, started by `run-verifier.ts`.
 * Pact's native core prints its report straight to the process's standard output, which no
 * JavaScript can redirect; run here, the report arrives on a pipe, so `sendsms pact verify
 * --json` keeps one JSON document on its own standard output and a test runner's output
 * stays clean. Reads one request from its parent, answers one message, and exits.
 */
import { Verifier } from '@pact-foundation/pact'

/**
 * What the parent asks for: one pact file against the provider at `baseUrl`.
 * @example
 * const request: VerifierRequest = { pactFile: '/ci/pacts/my-app-advanta-sms-api.json', provider: 'advanta-sms-api', baseUrl: 'http://127.0.0.1:4010', statesUrl: 'http://127.0.0.1:4010/__mock/provider-states', logLevel: 'warn' }
 */
export interface VerifierRequest {
  pactFile: string
  provider: string
  baseUrl: string
  statesUrl: string
  logLevel: 'error' | 'warn' | 'info' | 'debug' | 'trace'
}

/**
 * What the process answers: the text `verifyProvider()` resolved or rejected with.
 * @example
 * const reply: VerifierReply = { resolved: true, text: '{"result":true,…}' }
 */
export interface VerifierReply {
  resolved: boolean
  text: string
}

async function verify(request: VerifierRequest): Promise<VerifierReply> {
  const verifier = new Verifier({
    provider: request.provider,
    providerBaseUrl: request.baseUrl,
    pactUrls: [request.pactFile],
    // The mock's own state endpoint, not stateHandlers: the verifier then fails an
    // interaction whose state change the mock refuses (an unknown name, a bad parameter),
    // where pact-js's handlers only warn and run the interaction unset.
    providerStatesSetupUrl: request.statesUrl,
    logLevel: request.logLevel,
    failIfNoPactsFound: true,
  })
  try {
    return { resolved: true, text: String(await verifier.verifyProvider()) }
  } catch (error) {
    return { resolved: false, text: error instanceof Error ? error.message : String(error) }
  }
}

process.once('message', (request: VerifierRequest) => {
  void verify(request).then((reply) => process.send?.(reply, () => process.disconnect()))
})
