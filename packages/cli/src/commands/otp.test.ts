/** sendsms otp in-process against a real mock on a random port: plain and --hashed sends, --json, and each failure's exit code. */
import { hashMsisdn } from '@sendsms/client'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const sandbox = useSandboxMock()
const apis = useUnusableApis()
const VALID = '254712345678'
const sentHashes = () =>
  sandbox
    .running()
    .mock.journal.list()
    .map((entry) => entry.hash)

describe('sendsms otp against the mock', () => {
  it('sends through sendotp, prints one line per recipient and exits 0', async () => {
    const run = await sandbox.run(['otp', '--to', VALID, '--message', 'Your code is 4821'])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toMatch(
      /^254712345678 {2}accepted {2}message \d+\n1 accepted, 0 rejected\n$/,
    )
    expect(sandbox.running().mock.journal.list()[0]).toMatchObject({
      endpoint: 'sendotp',
      method: 'POST',
      message: 'Your code is 4821',
    })
  })

  it('sends with GET with --get, and reads the message from stdin with --message -', async () => {
    const run = await sandbox.run(
      ['otp', '--to', VALID, '--message', '-', '--get'],
      sandbox.env(),
      'Code 7\n',
    )
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.list()[0]).toMatchObject({
      method: 'GET',
      message: 'Code 7',
    })
  })

  it('hashes the numbers with --hashed and prints the rows with the hash, as --json', async () => {
    const run = await sandbox.run([
      'otp',
      '--to',
      `0712345678,${VALID}`,
      '--message',
      'Paid',
      '--hashed',
      '--json',
      '--no-check',
    ])
    const hash = await hashMsisdn(VALID)
    expect(run.code).toBe(EXIT_CODES.ok)
    const row = {
      mobile: hash,
      ok: true,
      status: 'accepted',
      code: 200,
      description: 'Success',
      messageId: expect.any(String),
      networkId: '1',
    }
    expect(run.json()).toEqual({ ok: true, results: [row, row], accepted: 2, rejected: 0 })
    expect(sentHashes()).toEqual([hash, hash])
  })

  it('checks the numbers of --hashed and sends the hashes given as they are, in the order given', async () => {
    const other = await hashMsisdn('0733123456')
    const run = await sandbox.run([
      'otp',
      '--to',
      `0712345678,${other.toUpperCase()},07123,+${VALID},0722123456`,
      '--message',
      'Paid',
      '--hashed',
      '--json',
    ])
    // 07123 is refused and +254712345678 repeats the first number: exit 4, neither sent.
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.json()).toMatchObject({
      ok: false,
      accepted: 3,
      refused: [{ input: '07123', reason: 'too-short' }],
      duplicates: 1,
    })
    expect(sentHashes()).toEqual([await hashMsisdn(VALID), other, await hashMsisdn('0722123456')])
    const dryRunArgs = ['otp', '--to', `${other},07123`, '-m', 'Paid', '--hashed', '--dry-run']
    const dryRun = await sandbox.run([...dryRunArgs, '--json'])
    expect(dryRun.code).toBe(EXIT_CODES.ok)
    // The hash is not a refused number: it is sent as given, and costs its part.
    expect(dryRun.json()).toMatchObject({
      recipients: { valid: 0, refused: [{ input: '07123' }], hashes: 1 },
      sent: 1,
      creditNeeded: 1,
    })
    expect(JSON.stringify(dryRun.json())).not.toContain(other)
    const human = await sandbox.run(dryRunArgs)
    expect(human.stdout()).toMatch(
      /^Recipients {2}0 valid, 1 refused \(not sent\), 1 hash as given$/m,
    )
    expect(human.stdout()).toMatch(/^Credit {6}1 needed$/m)
  })

  it('counts each hash of its dry run as given and paid for', async () => {
    const hashes = [await hashMsisdn('0733123456'), await hashMsisdn('0722123456')]
    const argv = ['otp', '--to', hashes.join(','), '-m', 'Paid', '--hashed', '--dry-run']
    const human = await sandbox.run(argv)
    expect(human.code).toBe(EXIT_CODES.ok)
    expect(human.stdout()).toMatch(/^Recipients {2}0 valid, 0 refused, 2 hashes as given$/m)
    expect(human.stdout()).toMatch(/^Credit {6}2 needed$/m)
    const json = await sandbox.run([...argv, '--json'])
    expect(json.json()).toMatchObject({ recipients: { valid: 0, hashes: 2 }, sent: 2 })
    expect(sentHashes()).toEqual([])
  })

  it('prints both rows and exits 4 when a number is rejected', async () => {
    const run = await sandbox.run([
      'otp',
      '--to',
      `${VALID},07123`,
      '--message',
      'Code',
      '--json',
      '--no-check',
    ])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.json()).toMatchObject({ ok: false, accepted: 1, rejected: 1 })
  })

  it.each([
    ['a wrong key', { ADVANTA_API_KEY: 'wrong-key' }, 1006],
    ['an unassigned shortcode', { ADVANTA_SHORTCODE: 'NOTMINE' }, 1001],
  ])('exits 3 for %s, plain or hashed', async (_, overrides, code) => {
    for (const hashed of [[], ['--hashed']]) {
      const argv = ['otp', '--to', VALID, '--message', 'Code', '--json', ...hashed]
      const run = await sandbox.run(argv, sandbox.env(overrides))
      expect(run.code).toBe(EXIT_CODES.apiError)
      expect(run.json()).toMatchObject({ ok: false, error: { kind: 'ApiError', code } })
    }
  })

  it.each<[string, string[], string]>([
    ['a missing --to', ['--message', 'Code'], 'UsageError'],
    ['a missing --message', ['--to', VALID], 'UsageError'],
    [
      '--hashed with --get',
      ['--to', VALID, '--message', 'Code', '--hashed', '--get'],
      'UsageError',
    ],
    [
      '--at, which an OTP does not take',
      ['--to', VALID, '--message', 'Code', '--at', '2030-01-01 09:00'],
      'UsageError',
    ],
    ['a blank message', ['--to', VALID, '--message', ' '], 'InvalidRequestError'],
    [
      'a number refused before it is hashed',
      ['--to', '255712345678', '--message', 'Code', '--hashed'],
      'UsageError',
    ],
    [
      'a number that cannot be hashed, with --no-check',
      ['--to', '255712345678', '--message', 'Code', '--hashed', '--no-check'],
      'InvalidRequestError',
    ],
  ])('exits 2 without any request for %s', async (_, argv, kind) => {
    const run = await sandbox.run(['otp', ...argv, '--json'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
    expect(run.stderr()).toMatch(/^sendsms: /)
    expect(sandbox.requests).toEqual([])
  })

  it.each([
    ['nothing listens', () => apis.closed(), [], 'ConnectionError'],
    ['the API never answers', () => apis.silent(), ['--timeout', '50'], 'TimeoutError'],
    ['the answer is not the API', () => apis.garbage(), [], 'UnexpectedResponseError'],
  ])('exits 5 when %s', async (_, url, extra, kind) => {
    const env = sandbox.env({ ADVANTA_BASE_URL: url() })
    const run = await sandbox.run(
      ['otp', '--to', VALID, '--message', 'Code', '--json', ...extra],
      env,
    )
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
  })
})
