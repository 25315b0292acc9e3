/**
 * The run's own guard: a probe that could send is never sent, to either side, and stops the
 * run as a bug; a side that never answers stops it as unreachable.
 */
import { ENDPOINTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../exit-codes.js'
import { UPSTREAM_ACCOUNT, useStandInUpstream } from '../testing/stand-in-upstream.js'
import { useUnusableApis } from '../testing/unusable-apis.js'
import { PROBES, type Probe } from './probes.js'
import { runProbes } from './run-probes.js'

const upstream = useStandInUpstream()
const mock = useStandInUpstream()
const apis = useUnusableApis()

const credentials = {
  apiKey: UPSTREAM_ACCOUNT.apikey,
  partnerId: UPSTREAM_ACCOUNT.partnerID,
  shortcode: 'ACME',
}
const sides = () => ({
  mock: { url: mock.url(), credentials },
  upstream: { url: upstream.url(), credentials },
})
const options = { timeoutMs: 5000, json: false }

const SENDING: Probe = {
  name: 'sends',
  asks: 'a real send',
  free: 'it is not',
  build: (c) => ({
    method: 'POST',
    path: ENDPOINTS.sendsms.path,
    json: {
      apikey: c.apiKey,
      partnerID: c.partnerId,
      shortcode: c.shortcode,
      mobile: '254712345678',
      message: 'Hi',
    },
  }),
}

describe('runProbes', () => {
  it('sends a probe that could send to neither side, and stops the run as a bug', async () => {
    const first = PROBES[0] as Probe
    await expect(runProbes([first, SENDING], sides(), options)).rejects.toThrow(
      'the drift probe sends could send a message; nothing was sent',
    )
    // The free probe before it went out; the other never did.
    expect(upstream.requests.map((request) => request.path)).toEqual([ENDPOINTS.getbalance.path])
    expect(mock.requests).toHaveLength(1)
  })

  it('stops with exit 5 when a side does not answer the first probe, and goes on after', async () => {
    const failed = runProbes(
      PROBES.slice(0, 2),
      { ...sides(), upstream: { url: apis.closed(), credentials } },
      options,
    )
    await expect(failed).rejects.toBeInstanceOf(CliError)
    await expect(failed).rejects.toMatchObject({ exitCode: EXIT_CODES.unreachable })
    expect(mock.requests).toHaveLength(1)
  })

  it('compares every probe in order when both sides answer', async () => {
    const outcomes = await runProbes(PROBES.slice(0, 3), sides(), options)
    expect(
      outcomes.map((outcome) => [
        outcome.probe.name,
        outcome.method,
        outcome.path,
        outcome.differences,
      ]),
    ).toEqual([
      ['getbalance', 'POST', ENDPOINTS.getbalance.path, []],
      ['getbalance-get', 'GET', ENDPOINTS.getbalance.path, []],
      ['getbalance-trailing-slash', 'POST', `${ENDPOINTS.getbalance.path}/`, []],
    ])
  })
})
