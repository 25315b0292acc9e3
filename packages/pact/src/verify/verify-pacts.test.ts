/**
 * @module
 * `verifyPacts` on pact files as Pact writes them: a pact the mock honours passes, with a
 * JUnit report of one test case per interaction; an unknown state is named before the
 * verifier runs and fails its interaction; a field the mock answers differently fails its
 * interaction only; a mock already running is used as it is.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMockServer } from '@sendsms/mock-server/node'
import { afterAll, describe, expect, it } from 'vitest'
import { balanceInteraction } from '../test-support/sandbox-interactions.js'
import { tempPacts } from '../test-support/temp-pacts.js'
import { verifyPacts } from './verify-pacts.js'

const pacts = tempPacts()
afterAll(() => pacts.remove())

const good = balanceInteraction()
const typo = balanceInteraction({
  description: 'a balance request in a misspelt state',
  providerStates: [{ name: 'the sandbox acount exists' }],
})
const wrongField = balanceInteraction({
  description: 'a balance request expecting a credit the mock does not answer',
  response: {
    ...good.response,
    body: {
      ...good.response.body,
      content: { 'response-code': 200, credit: '999.00', 'partner-id': '12345' },
    },
  },
})

describe('verifyPacts', () => {
  it('passes a pact the mock honours and writes one JUnit test case per interaction', async () => {
    const file = pacts.write('my-app', [good, balanceInteraction({ description: 'again' })])
    const junit = join(pacts.dir, 'reports', 'pact.xml')
    const result = await verifyPacts({ pacts: file, junit })
    expect(result.passed).toBe(true)
    expect(result.unknownStates).toEqual([])
    expect(result.interactions).toEqual([
      {
        file,
        consumer: 'my-app',
        description: 'a balance request',
        states: ['the sandbox account has the given credit'],
        passed: true,
        problems: [],
      },
      expect.objectContaining({ description: 'again', passed: true }),
    ])
    expect(result.report).toMatch(/Verifying a pact between .*my-app.* and .*advanta-sms-api/)
    const xml = readFileSync(junit, 'utf8')
    expect(xml).toContain('<testsuites name="advanta-sms-api" tests="2" failures="0">')
    expect(xml.match(/<testcase /g)).toHaveLength(2)
    expect(xml).not.toContain('<failure')
  })

  it('names an unknown state and fails its interaction, and only its', async () => {
    const file = pacts.write('typo-app', [good, typo, wrongField])
    const junit = join(pacts.dir, 'typo.xml')
    const result = await verifyPacts({
      pacts: [pacts.dir + '/typo-app-advanta-sms-api.json'],
      junit,
    })
    expect(result.passed).toBe(false)
    expect(result.unknownStates).toEqual(['the sandbox acount exists'])
    const [first, second, third] = result.interactions
    expect(first).toMatchObject({ passed: true, problems: [] })
    expect(second).toMatchObject({ file, passed: false, states: ['the sandbox acount exists'] })
    expect(second?.problems).toContain(
      'the mock has no provider state named "the sandbox acount exists"',
    )
    expect(second?.problems.join('\n')).toMatch(/setup state change handlers has failed/)
    expect(third).toMatchObject({ passed: false })
    expect(third?.problems.join('\n')).toMatch(/\$\.credit: .*999\.00/)
    const xml = readFileSync(junit, 'utf8')
    expect(xml).toContain('tests="3" failures="2"')
    expect(xml).toContain(
      '<failure message="the mock has no provider state named &quot;the sandbox acount exists&quot;">',
    )
  })

  it('verifies against a mock already running, by its URL', async () => {
    const logged: { path?: string }[] = []
    const running = await startMockServer({
      port: 0,
      host: '127.0.0.1',
      log: (entry) => logged.push(entry),
    })
    try {
      const file = pacts.write('running-app', [good])
      const result = await verifyPacts({ pacts: file, mock: { url: `${running.url}/` } })
      expect(result.passed).toBe(true)
      // The verifier's request reached this mock (its journal is reset by each teardown).
      expect(logged.map(({ path }) => path)).toContain('/api/services/getbalance')
    } finally {
      await running.close()
    }
  })

  it('rejects when there is no pact to read', async () => {
    await expect(verifyPacts({ pacts: join(pacts.dir, 'nowhere') })).rejects.toThrow(
      /No pact file or directory at/,
    )
  })
})
