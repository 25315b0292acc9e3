/**
 * `--dry-run` through the built binary and in process, against the sandbox mock: the plan (valid and
 * refused numbers, encoding, parts, requests, credit needed, balance) and not one send
 * request in the mock's request log; and `bulk` with message templates, dry and sent.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useTempDir } from '../testing/run-bin.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'
import { waysToRun } from '../testing/ways-to-run.js'

const sandbox = useSandboxMock()
const dir = useTempDir()
const sends = () => sandbox.requests.filter((line) => /\/api\/services\/send/.test(line))
const env = (overrides: Record<string, string | undefined> = {}) => ({
  ...sandbox.env(overrides),
  SENDSMS_CONFIG_DIR: join(dir(), 'config'),
})

// Each case through the built binary and through runCli in this process (testing/ways-to-run.ts).
describe.each(waysToRun())('%s', (_way, runBin) => {
  describe('sendsms send --dry-run', () => {
    it('prints the plan with the balance and sends nothing', async () => {
      const numbers = Array.from({ length: 2500 }, (_, i) => `2547${String(10000000 + i)}`)
      const file = join(dir(), 'many.txt')
      writeFileSync(file, `${numbers.join('\n')}\n07123\n${numbers[0]}\n`)
      // 69 characters and an emoji: UCS-2, so 71 units make two parts of 67.
      const message = `${'a'.repeat(69)}😀`
      const run = await runBin(['send', '--to', `@${file}`, '-m', message, '-n', '--json'], env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(JSON.parse(run.stdout)).toMatchObject({
        ok: true,
        dryRun: true,
        recipients: {
          valid: 2500,
          duplicates: 1,
          refused: [{ input: '07123', reason: 'too-short' }],
        },
        message: { encoding: 'UCS-2', parts: 2, nonGsm: ['😀'] },
        sent: 2500,
        requests: 3,
        creditNeeded: 5000,
        balance: { credit: 10_000_000 },
      })
      expect(sends()).toEqual([])
      expect(sandbox.requests.some((line) => line.includes('/getbalance'))).toBe(true)
    })

    it('counts every number typed as sent with --no-check, the refused one too', async () => {
      const argv = ['send', '--to', '0712345678,07123', '-m', 'Hi', '-n', '--no-check', '--json']
      const run = await runBin(argv, env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(JSON.parse(run.stdout)).toMatchObject({ recipients: { valid: 1 }, sent: 2 })
      expect(sends()).toEqual([])
    })

    it('says in its JSON why the balance was not asked, and counts no hashes', async () => {
      const run = await runBin(
        ['send', '--to', '0712345678', '-m', 'Hi', '-n', '--json'],
        env({ ADVANTA_PARTNER_ID: undefined }),
      )
      expect(run.code).toBe(EXIT_CODES.ok)
      const plan = JSON.parse(run.stdout)
      expect(plan).toMatchObject({
        balance: null,
        balanceNotAsked: 'no API key or partner ID set',
      })
      expect(plan.recipients).toEqual({ valid: 1, refused: [], duplicates: 0 })
      expect(sandbox.requests).toEqual([])
    })

    it('reads as lines for people, and says why the balance was not asked', async () => {
      const run = await runBin(
        ['send', '--to', '0712345678', '-m', 'Hi', '--dry-run'],
        env({ ADVANTA_API_KEY: undefined }),
      )
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(run.stdout.split('\n')).toEqual([
        'Dry run: nothing was sent.',
        'Recipients  1 valid, 0 refused',
        'Message     GSM-7, 1 part per recipient (2 units, 160 per part)',
        'Requests    1 (1 number)',
        'Credit      1 needed',
        'Balance     not asked: no API key or partner ID set',
        '',
      ])
      expect(sandbox.requests).toEqual([])
    })

    it('reports a balance it could not ask for, and still exits 0', async () => {
      const run = await runBin(
        ['send', '--to', '0712345678', '-m', 'Hi', '-n'],
        env({ ADVANTA_API_KEY: 'wrong-key' }),
      )
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(run.stdout).toContain('Balance     not asked: the provider refused the request: 1006')
      expect(sends()).toEqual([])
    })
    it('reads as lines for people with the balance, refused numbers and a UCS-2 text', async () => {
      // 67 characters and two emoji: UCS-2, so 71 units make two parts of 67.
      const message = `${'a'.repeat(67)}😀🎉`
      const argv = ['send', '--to', '0712345678,0733123456,07123,0712345678', '-m', message]
      // Exactly the credit needed is enough; one less is not.
      sandbox.running().mock.accounts.setCredit('12345', 4)
      const run = await runBin([...argv, '-n'], env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(run.stdout.split('\n')).toEqual([
        'Dry run: nothing was sent.',
        'Recipients  2 valid, 1 refused (not sent)',
        expect.stringMatching(/^ {2}refused {2}07123 {2}too-short: /),
        '  1 repeated number left out (each number is sent once)',
        'Message     UCS-2, 2 parts per recipient (71 units, 67 per part); UCS-2 because of 😀 🎉: a part holds 70 characters instead of 160',
        'Requests    1 (2 numbers)',
        'Credit      4 needed',
        'Balance     4.00 (enough)',
        '',
      ])
      sandbox.running().mock.accounts.setCredit('12345', 3)
      const short = await runBin([...argv, '-n'], env())
      expect(short.stdout).toMatch(/^Balance {5}3\.00 \(not enough\)$/m)
      expect(sends()).toEqual([])
    })
  })

  describe('sendsms bulk with message templates', () => {
    const file = () => {
      const path = join(dir(), 'orders.csv')
      writeFileSync(
        path,
        'name,phone,order,message\nAnn,0712345678,1001,Hello {name}: order {order} shipped\nBen,07123,1002,Hi {Name}\n',
      )
      return path
    }

    it('fills each row from its own columns and sends through sendbulk', async () => {
      const run = await runBin(['bulk', file(), '--json'], env())
      expect(run.code).toBe(EXIT_CODES.partialFailure)
      const journal = sandbox.running().mock.journal.list()
      expect(journal.map((entry) => [entry.mobile, entry.message, entry.endpoint])).toEqual([
        ['254712345678', 'Hello Ann: order 1001 shipped', 'sendbulk'],
      ])
    })

    it('prints the plan of a dry run without a send request', async () => {
      const run = await runBin(['bulk', file(), '--dry-run', '--json'], env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(JSON.parse(run.stdout)).toMatchObject({
        dryRun: true,
        recipients: { valid: 1, refused: [{ input: '07123' }] },
        messages: [{ parts: 1 }, { parts: 1 }],
        creditNeeded: 1,
        requests: 1,
      })
      expect(sends()).toEqual([])
    })

    it('refuses a placeholder that names no column, before any request', async () => {
      const path = join(dir(), 'typo.csv')
      writeFileSync(path, 'name,phone,message\nAnn,0712345678,Hello {nmae}\n')
      const run = await runBin(['bulk', path], env())
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.stderr).toContain('line 2: the message names {nmae}, which is not a column')
      expect(sends()).toEqual([])
    })
  })
})
