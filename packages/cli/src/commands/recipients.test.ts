/**
 * `sendsms send` with recipients from anywhere, through the built binary and in process,
 * against the sandbox mock: a list file, standard input, a CSV column; checked and
 * de-duplicated before any request, with the refused numbers reported.
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
const env = () => ({ ...sandbox.env(), SENDSMS_CONFIG_DIR: join(dir(), 'config') })
const sentNumbers = () =>
  sandbox
    .running()
    .mock.journal.list()
    .map((entry) => entry.mobile)

// Each case through the built binary and through runCli in this process (testing/ways-to-run.ts).
describe.each(waysToRun())('%s', (_way, runBin) => {
  describe('sendsms send --to @FILE', () => {
    it('reads numbers on lines and between spaces, sends each valid one once and reports the refused', async () => {
      const file = join(dir(), 'numbers.txt')
      writeFileSync(file, '0712345678\n+254 712 345 678\n\n07123\n0733123456 0722000111\n')
      const run = await runBin(['send', '--to', `@${file}`, '-m', 'Hello'], env())
      expect(run.code).toBe(EXIT_CODES.partialFailure)
      expect(sends()).toHaveLength(1)
      expect(sentNumbers()).toEqual(['254712345678', '254733123456', '254722000111'])
      expect(run.stderr).toMatch(/^refused {2}07123 {2}too-short: /m)
      expect(run.stderr).toContain('1 repeated number left out')
      expect(run.stdout).toMatch(/^3 accepted, 0 rejected, 1 refused before sending$/m)
    })

    it('puts the refused numbers and the repeats in the --json document', async () => {
      const file = join(dir(), 'json.txt')
      writeFileSync(file, '0712345678,0712345678;255712345678')
      const run = await runBin(['send', '--to', `@${file}`, '-m', 'Hello', '--json'], env())
      expect(run.code).toBe(EXIT_CODES.partialFailure)
      expect(JSON.parse(run.stdout)).toMatchObject({
        ok: false,
        accepted: 1,
        duplicates: 1,
        refused: [{ input: '255712345678', reason: 'foreign' }],
      })
    })

    it('makes no request when no number is valid', async () => {
      const file = join(dir(), 'bad.txt')
      writeFileSync(file, '07123\nhello\n')
      const run = await runBin(['send', '--to', `@${file}`, '-m', 'Hello'], env())
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.stderr).toContain('sendsms: no valid number to send to; nothing was sent')
      expect(sends()).toEqual([])
    })

    it('refuses a file that is not there, before any request', async () => {
      const run = await runBin(['send', '--to', '@nope.txt', '-m', 'Hello'], env())
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.stderr).toContain('sendsms: cannot read nope.txt: no such file')
      expect(sends()).toEqual([])
    })
  })

  describe('sendsms send --to -', () => {
    it('reads the numbers from standard input', async () => {
      const run = await runBin(['send', '--to', '-', '-m', 'Hi'], env(), {
        stdin: '0712345678\n0733123456\n',
      })
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(sentNumbers()).toEqual(['254712345678', '254733123456'])
    })

    it('refuses standard input for both the numbers and the message', async () => {
      const run = await runBin(['send', '--to', '-', '-m', '-'], env(), { stdin: '0712345678\n' })
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(sends()).toEqual([])
    })
  })

  describe('sendsms send --csv FILE --column NAME', () => {
    const csv = () => {
      const file = join(dir(), 'people.csv')
      writeFileSync(
        file,
        'name,Phone,city\nAnn,0712345678,Nairobi\nBen,,Mombasa\nCy,0733123456,Kisumu\n',
      )
      return file
    }

    it('sends to the numbers of the column, blank cells skipped', async () => {
      const run = await runBin(['send', '--csv', csv(), '--column', 'phone', '-m', 'Hi'], env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(sentNumbers()).toEqual(['254712345678', '254733123456'])
    })

    it('takes the column named like a number without --column', async () => {
      const run = await runBin(['send', '--csv', csv(), '-m', 'Hi'], env())
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(sentNumbers()).toHaveLength(2)
    })

    it('names the columns and the closest one for a column the file lacks', async () => {
      const run = await runBin(['send', '--csv', csv(), '--column', 'phnoe', '-m', 'Hi'], env())
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.stderr).toContain("no column 'phnoe'; its columns are 'name', 'Phone', 'city'")
      expect(run.stderr).toContain("Did you mean --column 'Phone'?")
      expect(sends()).toEqual([])
    })
  })

  describe('numbers typed in --to', () => {
    it('are checked first, and go as typed for the provider to judge with --no-check', async () => {
      const checked = await runBin(['send', '--to', '254712345678,07123', '-m', 'Hi'], env())
      expect(checked.code).toBe(EXIT_CODES.partialFailure)
      expect(checked.stdout).not.toContain('1003')
      expect(checked.stderr).toMatch(/^refused {2}07123 /m)
      const typed = await runBin(
        ['send', '--to', '254712345678 07123', '-m', 'Hi', '--no-check'],
        env(),
      )
      expect(typed.code).toBe(EXIT_CODES.partialFailure)
      expect(typed.stdout).toContain('1003 Invalid mobile number')
    })

    it('sends a list file as given with --no-check', async () => {
      const file = join(dir(), 'as-given.txt')
      writeFileSync(file, '254712345678\n07123\n')
      const run = await runBin(['send', '--to', `@${file}`, '-m', 'Hi', '--no-check'], env())
      expect(run.code).toBe(EXIT_CODES.partialFailure)
      expect(run.stdout).toContain('1003 Invalid mobile number')
    })
  })
})
