/**
 * Runs the probes: each probe's request, built with each side's own credentials, goes to
 * the mock and to the upstream, and the two answers are compared. Every request is checked
 * by probe-safety.ts before it leaves, so a probe that could send is a bug that stops the
 * run, never a request. A side that does not answer the first probe at all is unreachable
 * and stops the run; one that stops answering later is a difference of those probes.
 */

import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../exit-codes.js'
import { compareAnswers, type Difference } from './compare-answers.js'
import { exchange, type Observation } from './exchange.js'
import { endpointOfPath, whyFree } from './probe-safety.js'
import type { Probe, ProbeCredentials, ProbeRequest } from './probes.js'
import { shownUrl } from './shown-url.js'

/** One side of the comparison: where it listens and the credentials its probes carry. */
export interface DriftSide {
  url: string
  credentials: ProbeCredentials
}

/** What one probe found. */
export interface ProbeOutcome {
  probe: Probe
  method: string
  /** The path asked (no query string: that holds the key). */
  path: string
  mock: Observation
  upstream: Observation
  differences: Difference[]
}

/**
 * Runs `probes` in order against both sides and resolves with what each found. Rejects
 * with a CliError (exit 5) when a side does not answer the first probe.
 * @example
 * const outcomes = await runProbes(PROBES, { mock, upstream }, { timeoutMs: 30000, json: false })
 * outcomes.flatMap((outcome) => outcome.differences)
 */
export async function runProbes(
  probes: readonly Probe[],
  sides: { mock: DriftSide; upstream: DriftSide },
  options: { timeoutMs: number; json: boolean },
): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = []
  const secrets = [sides.upstream.credentials.apiKey]
  for (const probe of probes) {
    const mockRequest = freeRequest(probe, sides.mock.credentials)
    const request = freeRequest(probe, sides.upstream.credentials)
    const send = { timeoutMs: options.timeoutMs, secrets }
    const [mock, upstream] = await Promise.all([
      exchange(sides.mock.url, mockRequest, send),
      exchange(sides.upstream.url, request, send),
    ])
    if (outcomes.length === 0) {
      unreachable('mock', sides.mock.url, mock, options.json)
      unreachable('upstream', sides.upstream.url, upstream, options.json)
    }
    const endpoint = endpointOfPath(request.path)
    outcomes.push({
      probe,
      method: request.method,
      path: request.path,
      mock,
      upstream,
      differences: compareAnswers(mock, upstream, { endpoint }),
    })
  }
  return outcomes
}

function freeRequest(probe: Probe, credentials: ProbeCredentials): ProbeRequest {
  const request = probe.build(credentials)
  if (whyFree(request, credentials.apiKey).length === 0) {
    // Never reached (the tests build every probe and check it): a bug, never a request.
    throw new Error(`the drift probe ${probe.name} could send a message; nothing was sent`)
  }
  return request
}

function unreachable(
  side: 'mock' | 'upstream',
  url: string,
  seen: Observation,
  json: boolean,
): void {
  if (seen.answered) return
  const timedOut = seen.error.startsWith('no answer')
  throw new CliError(
    `could not reach the ${side} at ${shownUrl(url)}: ${seen.error}`,
    EXIT_CODES.unreachable,
    { kind: timedOut ? 'TimeoutError' : 'ConnectionError' },
    {
      json,
      hint:
        side === 'upstream'
          ? 'Check --base-url (ADVANTA_BASE_URL) and your network.'
          : 'Check --mock-url: is the mock running there?',
    },
  )
}
