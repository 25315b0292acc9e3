/**
 * Profiles through the built binary: `sendsms config set|get|list|use`, the file's mode, the
 * key never printed, precedence (flags > environment > --env-file > profile) as `config list`
 * shows it, a send with a profile's settings, and the one-time notice of a live send.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SANDBOX } from '@sendsms/test-fixtures'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runBin, useTempDir } from '../testing/run-bin.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()
const dir = useTempDir()
let count = 0
/** A fresh config directory and nothing else: no ADVANTA_* at all. */
const fresh = () => ({ SENDSMS_CONFIG_DIR: join(dir(), `config-${++count}`) })

async function configure(env: Record<string, string>, profile = 'default') {
  const set = (key: string, value: string, stdin?: string) =>
    runBin(['config', 'set', key, value, '--profile', profile], env, stdin ? { stdin } : {})
  expect((await set('base-url', sandbox.running().url)).code).toBe(0)
  expect((await set('api-key', '-', `${SANDBOX.apiKey}\n`)).code).toBe(0)
  expect((await set('partner-id', SANDBOX.partnerId)).code).toBe(0)
  expect((await set('shortcode', SANDBOX.shortcode)).code).toBe(0)
}

describe('sendsms config', () => {
  it('writes a file only its owner can read, and sends with the profile', async () => {
    const env = fresh()
    await configure(env)
    const file = join(env.SENDSMS_CONFIG_DIR, 'config.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const send = await runBin(['send', '--to', '254712345678', '-m', 'Hi'], env)
    expect(send.code).toBe(EXIT_CODES.ok)
    expect(send.stdout + send.stderr).not.toContain(SANDBOX.apiKey)
  })

  it('never prints the key, unless config get --show-secret', async () => {
    const env = fresh()
    await configure(env)
    const get = await runBin(['config', 'get', 'api-key'], env)
    expect(get.stdout).toBe('[redacted]\n')
    const list = await runBin(['config', 'list'], env)
    expect(list.stdout).not.toContain(SANDBOX.apiKey)
    const shown = await runBin(['config', 'get', 'api-key', '--show-secret'], env)
    expect(shown.stdout).toBe(`${SANDBOX.apiKey}\n`)
  })

  it('shows flags over environment over --env-file over profile in config list', async () => {
    const env = fresh()
    await configure(env)
    const dotenv = join(env.SENDSMS_CONFIG_DIR, '.env')
    writeFileSync(
      dotenv,
      'ADVANTA_SHORTCODE=FROMFILE\nexport ADVANTA_PARTNER_ID="999" # ignored below\n',
    )
    const run = await runBin(
      ['config', 'list', '--json', '--env-file', dotenv, '--base-url', 'http://127.0.0.1:1'],
      { ...env, ADVANTA_PARTNER_ID: '777' },
    )
    expect(JSON.parse(run.stdout).settings).toEqual({
      'base-url': { value: 'http://127.0.0.1:1', source: 'flag' },
      'api-key': { value: '[redacted]', source: 'profile' },
      'partner-id': { value: '777', source: 'environment' },
      shortcode: { value: 'FROMFILE', source: 'env-file' },
    })
    const text = await runBin(['config', 'list', '--env-file', dotenv], env)
    expect(text.stdout).toMatch(/^partner-id +999 +env-file ADVANTA_PARTNER_ID$/m)
    expect(text.stdout).toMatch(/^api-key +\[redacted\] +profile 'default'$/m)
  })

  it('switches profiles with use, and refuses an unknown one before any request', async () => {
    const env = fresh()
    await configure(env, 'staging')
    expect((await runBin(['config', 'set', 'shortcode', 'OTHER', '-p', 'live'], env)).code).toBe(0)
    expect((await runBin(['config', 'use', 'staging'], env)).code).toBe(0)
    expect(
      JSON.parse(readFileSync(join(env.SENDSMS_CONFIG_DIR, 'config.json'), 'utf8')).current,
    ).toBe('staging')
    expect((await runBin(['send', '--to', '254712345678', '-m', 'Hi'], env)).code).toBe(0)
    const unknown = await runBin(['send', '--to', '254712345678', '-m', 'Hi', '-p', 'stagng'], env)
    expect(unknown.code).toBe(EXIT_CODES.usage)
    expect(unknown.stderr).toContain("sendsms: no profile 'stagng'")
    const typo = await runBin(['config', 'use', 'stagin'], env)
    expect(typo.stderr).toContain("Did you mean 'staging'?")
    expect((await runBin(['config', 'profiles'], env)).stdout).toBe('staging\nlive\n')
  })

  it('sends nothing without credentials, with a clear line', async () => {
    const run = await runBin(['send', '--to', '254712345678', '-m', 'Hi'], fresh())
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr).toContain(
      'sendsms: no API key: set --api-key or ADVANTA_API_KEY; nothing was sent',
    )
  })

  it('says once per profile that a send goes to a service that is not local', async () => {
    const env = {
      ...fresh(),
      ADVANTA_API_KEY: 'k',
      ADVANTA_PARTNER_ID: '1',
      ADVANTA_SHORTCODE: 'S',
      // TEST-NET-1: never routed; the 1 ms timeout ends the send before any answer.
      ADVANTA_BASE_URL: 'http://192.0.2.1',
    }
    const args = ['send', '--to', '254712345678', '-m', 'Hi', '--timeout', '1']
    const first = await runBin(args, env)
    expect(first.stderr).toContain(
      "sendsms: sending to the live service at http://192.0.2.1 (profile 'default')",
    )
    const second = await runBin(args, env)
    expect(second.stderr).not.toContain('live service')
    const local = await runBin(['send', '--to', '254712345678', '-m', 'Hi'], {
      ...fresh(),
      ...sandbox.env(),
    })
    expect(local.stderr).not.toContain('live service')
  })
})
