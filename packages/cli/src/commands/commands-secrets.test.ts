/** The API key never appears in anything bulk, otp, balance and status print, on every path, as text or JSON. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()
const dir = mkdtempSync(join(tmpdir(), 'sendsms-secrets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const LIST = join(dir, 'list.csv')
writeFileSync(LIST, 'to,message,clientSmsId\n254712345678,Hi,1\n07123,Hi,2\n')

const SECRET = 'top-secret-key-4711'

const COMMANDS: [string, string[]][] = [
  ['bulk', ['bulk', LIST]],
  ['otp', ['otp', '--to', '254712345678,07123', '--message', 'Code']],
  ['otp --hashed', ['otp', '--to', '254712345678', '--message', 'Code', '--hashed']],
  ['balance', ['balance']],
  ['status', ['status', '100000001']],
]

describe.each(COMMANDS)('sendsms %s and the API key', (_, argv) => {
  it.each([
    ['the provider answering', {}, []],
    ['a wrong partner ID', { ADVANTA_PARTNER_ID: '99999' }, []],
    ['an unreachable API', { ADVANTA_BASE_URL: 'http://127.0.0.1:1' }, []],
    ['bad usage', {}, ['--bogus']],
    ['a bad base URL', { ADVANTA_BASE_URL: 'ftp://127.0.0.1' }, []],
  ])('never prints the key after %s, as text or JSON', async (_, overrides, extra) => {
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
      const fromEnv = await sandbox.run([...argv, ...extra, ...json], {
        ...env,
        ADVANTA_API_KEY: SECRET,
      })
      const fromFlag = await sandbox.run([...argv, ...extra, ...json, '--api-key', SECRET], env)
      for (const run of [fromEnv, fromFlag]) {
        expect(run.all()).not.toBe('')
        expect(run.all()).not.toContain(SECRET)
        // No mask either: the key never reached the output.
        expect(run.all()).not.toContain('[redacted]')
      }
    }
    expect(sandbox.requests.join('\n')).not.toContain(SECRET)
  })
})
