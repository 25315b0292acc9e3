/** Every command that calls the API, run without a credential: exit 2, a line naming what to set, and no request. */
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const VALID = '254712345678'
const KEY_OF_THE_RUN = 'credentials-test-key-4f2a'

const sandbox = useSandboxMock()

const SENDS: [string, string[], string?][] = [
  ['send', ['send', '--to', VALID, '--message', 'Hi']],
  ['send --get', ['send', '--to', VALID, '--message', 'Hi', '--get']],
  ['bulk', ['bulk', '-'], `to,message\n${VALID},Hi\n`],
  ['otp', ['otp', '--to', VALID, '--message', 'Code 1']],
  ['otp --hashed', ['otp', '--to', VALID, '--message', 'Code 1', '--hashed']],
]
const LOOKUPS: [string, string[], string?][] = [
  ['balance', ['balance']],
  ['status', ['status', '100000001']],
]

const MISSING: [string, string, Record<string, string | undefined>, string][] = [
  [
    'no API key',
    'apiKey',
    { ADVANTA_API_KEY: undefined },
    'no API key: set --api-key or ADVANTA_API_KEY',
  ],
  [
    'a blank API key',
    'apiKey',
    { ADVANTA_API_KEY: '  ' },
    'no API key: set --api-key or ADVANTA_API_KEY',
  ],
  [
    'no partner ID',
    'partnerId',
    { ADVANTA_PARTNER_ID: undefined, ADVANTA_API_KEY: KEY_OF_THE_RUN },
    'no partner ID: set --partner-id or ADVANTA_PARTNER_ID',
  ],
]
const NO_SHORTCODE: [string, string, Record<string, string | undefined>, string] = [
  'no shortcode',
  'shortcode',
  { ADVANTA_SHORTCODE: undefined, ADVANTA_API_KEY: KEY_OF_THE_RUN },
  'no sender ID (shortcode): set --shortcode or ADVANTA_SHORTCODE',
]

describe.each([...SENDS, ...LOOKUPS])('sendsms %s without credentials', (_name, argv, stdin) => {
  it.each(MISSING)(
    'exits 2 for %s, naming what to set, with no request',
    async (_case, field, overrides, line) => {
      const env = sandbox.env(overrides)
      const run = await sandbox.run(argv, env, stdin)
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.stderr().split('\n')[0]).toBe(`sendsms: ${line}; nothing was sent`)
      expect(run.stdout()).toBe('')
      expect(run.all()).not.toContain(KEY_OF_THE_RUN)
      expect(sandbox.requests).toEqual([])

      const asJson = await sandbox.run([...argv, '--json'], env, stdin)
      expect(asJson.code).toBe(EXIT_CODES.usage)
      expect(asJson.json()).toEqual({
        ok: false,
        error: {
          kind: 'InvalidRequestError',
          name: 'InvalidRequestError',
          field,
          message: `${line}; nothing was sent`,
        },
      })
      expect(asJson.all()).not.toContain(KEY_OF_THE_RUN)
      expect(sandbox.requests).toEqual([])
    },
  )
})

describe.each(SENDS)('sendsms %s without a shortcode', (_name, argv, stdin) => {
  it('exits 2, naming --shortcode and ADVANTA_SHORTCODE, with no request', async () => {
    const [, field, overrides, line] = NO_SHORTCODE
    const run = await sandbox.run([...argv, '--json'], sandbox.env(overrides), stdin)
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({ ok: false, error: { kind: 'InvalidRequestError', field } })
    expect(run.stderr()).toContain(`sendsms: ${line}; nothing was sent`)
    expect(run.all()).not.toContain(KEY_OF_THE_RUN)
    expect(sandbox.requests).toEqual([])
  })
})

describe.each(LOOKUPS)('sendsms %s, which takes no shortcode', (_name, argv) => {
  it('asks without one', async () => {
    await sandbox.run(argv, sandbox.env({ ADVANTA_SHORTCODE: undefined }))
    expect(sandbox.requests).toHaveLength(1)
  })
})

describe('sendsms send --at in the past', () => {
  it('exits 2 with no request', async () => {
    const run = await sandbox.send([
      '--to',
      VALID,
      '--message',
      'Hi',
      '--at',
      '2020-01-01 09:00',
      '--json',
    ])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({
      ok: false,
      error: { kind: 'InvalidRequestError', field: 'sendAt' },
    })
    expect(run.stderr()).toContain(
      'sendsms: input refused before sending: --at is in the past (2020-01-01 09:00 East Africa Time',
    )
    expect(sandbox.requests).toEqual([])
  })
})
