/**
 * @module
 * What the CLI's contract no longer records: a command run without the API key, the partner
 * ID or (for a send) the shortcode. The command exits 2 (bad usage) naming what to set, and
 * no request leaves; the provider's 4092/4091/1001 for such a request is recorded by the
 * `plain-http` consumer instead. A local server that counts requests proves nothing arrived.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { EXIT_CODES, runCli } from '@sendsms/cli'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type CredentialOverrides, SANDBOX } from '../fixtures/sandbox.js'

const CSV = 'to,message\n254712345678,Hello\n'
const SENDS: [string, string[]][] = [
  ['send', ['send', '--to', '254712345678', '--message', 'Hello']],
  ['bulk', ['bulk', '-']],
  ['otp', ['otp', '--to', '254712345678', '--message', 'Code 4821']],
  ['otp --hashed', ['otp', '--to', '254712345678', '--message', 'Paid', '--hashed']],
]
const LOOKUPS: [string, string[]][] = [
  ['balance', ['balance']],
  ['status', ['status', '100000001']],
]
const LEFT_OUT: [string, CredentialOverrides, string, string][] = [
  ['the API key', { apikey: null }, 'apiKey', '--api-key'],
  ['the partner ID', { partnerID: null }, 'partnerId', '--partner-id'],
]

let server: Server
let url = ''
let received = 0

beforeAll(async () => {
  server = createServer((_request, response) => {
    received += 1
    response.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  received = 0
})

async function run(command: string[], overrides: CredentialOverrides) {
  let stdout = ''
  let stderr = ''
  const flags: string[] = ['--base-url', url]
  if (overrides.apikey !== null) flags.push('--api-key', SANDBOX.apiKey)
  if (overrides.partnerID !== null) flags.push('--partner-id', SANDBOX.partnerId)
  if (overrides.shortcode !== null) flags.push('--shortcode', SANDBOX.shortcode)
  const exitCode = await runCli([...command, ...flags, '--json'], {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: {},
    readStdin: async () => CSV,
  })
  expect(stdout + stderr).not.toContain(SANDBOX.apiKey)
  return { exitCode, document: JSON.parse(stdout) as unknown, stderr }
}

async function expectRefusedLocally(
  command: string[],
  overrides: CredentialOverrides,
  field: string,
  flag: string,
) {
  const result = await run(command, overrides)
  expect(result.exitCode).toBe(EXIT_CODES.usage)
  expect(result.document).toMatchObject({
    ok: false,
    error: { kind: 'InvalidRequestError', field },
  })
  expect(result.stderr).toMatch(new RegExp(`^sendsms: no .*: set ${flag} or ADVANTA_`))
  expect(received).toBe(0)
}

describe('sendsms without credentials sends nothing', () => {
  describe.each([...SENDS, ...LOOKUPS])('%s', (_name, command) => {
    it.each(LEFT_OUT)('exits 2 without %s', async (_what, overrides, field, flag) => {
      await expectRefusedLocally(command, overrides, field, flag)
    })
  })

  describe.each(SENDS)('%s', (_name, command) => {
    it('exits 2 without the shortcode', async () => {
      await expectRefusedLocally(command, { shortcode: null }, 'shortcode', '--shortcode')
    })
  })

  it('reaches the server once every credential is given (the premise of these tests)', async () => {
    await run(['balance'], {})
    expect(received).toBe(1)
  })
})
