/** The API key never appears in anything sendsms send prints, on every path, as text or JSON. */
import { describe, expect, it } from 'vitest'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const VALID = '254712345678'

const sandbox = useSandboxMock()

describe('sendsms send and the API key', () => {
  const SECRET = 'top-secret-key-4711'

  it.each([
    ['success', [], {}],
    ['partial failure', ['--to', '07123'], {}],
    ['wrong key', [], { ADVANTA_PARTNER_ID: '99999' }],
    ['unreachable', [], { ADVANTA_BASE_URL: 'http://127.0.0.1:1' }],
    ['input refused', ['--message', ' '], {}],
    ['bad usage', ['--at', 'never'], {}],
  ])('never prints the key on %s, as text or JSON', async (_case, extra, overrides) => {
    sandbox.running().mock.accounts.upsert({
      partnerID: '4711',
      apikey: SECRET,
      shortcodes: ['SECRETS'],
      credit: 1000,
    })
    const env = sandbox.env({
      ADVANTA_PARTNER_ID: '4711',
      ADVANTA_SHORTCODE: 'SECRETS',
      ...overrides,
    })
    for (const json of [[], ['--json']]) {
      const fromEnv = await sandbox.send(['--to', VALID, '--message', 'Hi', ...extra, ...json], {
        ...env,
        ADVANTA_API_KEY: SECRET,
      })
      const fromFlag = await sandbox.send(
        ['--to', VALID, '--message', 'Hi', ...extra, ...json, '--api-key', SECRET],
        env,
      )
      for (const run of [fromEnv, fromFlag]) {
        expect(run.all()).not.toBe('')
        expect(run.all()).not.toContain(SECRET)
        // No mask either: the key never reached the output, so the redaction in run-cli.ts
        // (a last line of defence) had nothing to hide.
        expect(run.all()).not.toContain('[redacted]')
      }
    }
    expect(sandbox.requests.join('\n')).not.toContain(SECRET)
  })
})
