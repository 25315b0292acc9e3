/** sendsms bulk in-process against a real mock on a random port: CSV and JSON files, standard input, --json, and each failure's exit code. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_BULK_ITEMS } from '@sendsms/client'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'
import { useUnusableApis } from '../testing/unusable-apis.js'

const sandbox = useSandboxMock()
const apis = useUnusableApis()
const dir = mkdtempSync(join(tmpdir(), 'sendsms-bulk-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const CSV = [
  'Name,Mobile,Message,client_sms_id',
  'Ann,254712345678,"Hi Ann, your order shipped",1001',
  'Ben,0733123456,Hi Ben,order-1002',
  '',
].join('\r\n')

describe('sendsms bulk against the mock', () => {
  it("refuses send's --message and --to with what a bulk file holds instead, before any request", async () => {
    const path = file('template.csv', 'number,name\n0712345678,Amina\n')
    const run = await sandbox.run(['bulk', path, '--message', 'Hello {name}'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr().split('\n')).toEqual([
      "sendsms: bulk takes no --message: each row's 'message' column is its text, and {name} in it takes the row's 'name'",
      "Run 'sendsms help bulk' for usage.",
      '',
    ])
    const short = await sandbox.run(['bulk', path, '-t', '0712345678'])
    expect(short.stderr()).toMatch(/^sendsms: bulk takes no -t: each row's 'to' column/)
    expect(sandbox.running().mock.journal.list()).toEqual([])
  })

  it('sends a CSV file, one line per message with its client id, and exits 0', async () => {
    const run = await sandbox.run(['bulk', file('orders.csv', CSV)])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.stdout()).toMatch(
      /^254712345678 {2}accepted {2}message \d+ {2}\(client id 1001\)\n254733123456 {2}accepted {2}message \d+ {2}\(client id order-1002\)\n2 accepted, 0 rejected\n$/,
    )
    const journal = sandbox.running().mock.journal.list()
    expect(journal.map((entry) => [entry.endpoint, entry.message, entry.clientsmsid])).toEqual([
      ['sendbulk', 'Hi Ann, your order shipped', 1001],
      ['sendbulk', 'Hi Ben', 'order-1002'],
    ])
  })

  it('leaves out and reports a message to a refused number, and sends the rest in their 254 form', async () => {
    const items = [
      { to: '0712 345 678', message: 'One', clientSmsId: 7 },
      { to: '07123', message: 'Two' },
      { to: '+254712345678', message: 'Three' },
    ]
    const human = await sandbox.run(['bulk', file('checked.json', JSON.stringify(items))])
    expect(human.code).toBe(EXIT_CODES.partialFailure)
    expect(human.stderr()).toMatch(/^refused {2}07123 {2}too-short: /m)
    // Two messages to one number are two messages: neither is left out as a repeat.
    expect(human.stderr()).not.toContain('repeated')
    const sent = sandbox.running().mock.journal.list()
    expect(sent.map((entry) => [entry.mobile, entry.message])).toEqual([
      ['254712345678', 'One'],
      ['254712345678', 'Three'],
    ])
    const json = await sandbox.run(['bulk', file('checked.json', JSON.stringify(items)), '--json'])
    expect(json.code).toBe(EXIT_CODES.partialFailure)
    expect(json.json()).toMatchObject({
      ok: false,
      accepted: 2,
      rejected: 0,
      refused: [{ input: '07123', reason: 'too-short', message: expect.any(String) }],
      duplicates: 0,
    })
  })

  it('exits 2 and sends nothing when every number is refused', async () => {
    const items = [{ to: '07123', message: 'One' }]
    const run = await sandbox.run(['bulk', file('none.json', JSON.stringify(items)), '--json'])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({
      ok: false,
      error: { kind: 'UsageError' },
      refused: [{ input: '07123' }],
    })
    const human = await sandbox.run(['bulk', file('none.json', JSON.stringify(items))])
    expect(human.code).toBe(EXIT_CODES.usage)
    expect(human.stdout()).toBe('')
    expect(human.stderr()).toContain('no valid number to send to; nothing was sent')
    expect(sandbox.requests).toHaveLength(0)
  })

  it('exits 2 with a usage error and sends nothing for a file of no messages, checked or not', async () => {
    for (const check of [[], ['--no-check']]) {
      const run = await sandbox.run(['bulk', file('empty.json', '[]'), '--json', ...check])
      expect(run.code).toBe(EXIT_CODES.usage)
      expect(run.json()).toMatchObject({
        ok: false,
        error: { kind: 'UsageError', message: 'no valid number to send to; nothing was sent' },
      })
    }
    expect(sandbox.requests).toEqual([])
  })

  it('counts two messages to one number as two in its dry run', async () => {
    const items = [
      { to: '0712345678', message: 'One' },
      { to: '+254712345678', message: 'Two' },
    ]
    const run = await sandbox.run([
      'bulk',
      file('twice.json', JSON.stringify(items)),
      '-n',
      '--json',
    ])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(run.json()).toMatchObject({
      sent: 2,
      creditNeeded: 2,
      recipients: { valid: 2, duplicates: 0 },
    })
  })

  it('sums the parts and the credit of the messages it would send in its dry run', async () => {
    const items = [
      { to: '0712345678', message: 'a'.repeat(161) },
      { to: '0733123456', message: 'Habari 😀' },
      { to: '07123', message: 'Hi' },
    ]
    const run = await sandbox.run(['bulk', file('plan.json', JSON.stringify(items)), '-n'])
    expect(run.code).toBe(EXIT_CODES.ok)
    // Two parts and one for the two valid numbers; the refused number's message costs nothing.
    expect(run.stdout()).toMatch(/^Message {5}3 messages, 4 parts in all, 1 of them UCS-2$/m)
    expect(run.stdout()).toMatch(/^Requests {4}1 \(2 numbers\)$/m)
    expect(run.stdout()).toMatch(/^Credit {6}3 needed$/m)
    expect(sandbox.running().mock.journal.size).toBe(0)
  })

  it('sends a JSON file with the API names of the fields, as one JSON document with --json', async () => {
    const items = [
      { mobile: 254712345678, message: 'One', clientsmsid: 7 },
      { to: '07123', message: 'Two' },
    ]
    // --no-check: every number goes as given, and the provider refuses the bad one in its row.
    const run = await sandbox.run([
      'bulk',
      file('list.json', JSON.stringify(items)),
      '--json',
      '--no-check',
    ])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.stdout().trim().split('\n')).toHaveLength(1)
    expect(run.json()).toEqual({
      ok: false,
      results: [
        {
          mobile: '254712345678',
          ok: true,
          status: 'accepted',
          code: 200,
          description: 'Success',
          messageId: expect.any(String),
          networkId: '1',
          clientSmsId: '7',
          index: 0,
        },
        {
          mobile: '07123',
          ok: false,
          status: 'rejected',
          code: 1003,
          description: 'Invalid mobile number',
          messageId: null,
          networkId: null,
          clientSmsId: null,
          index: 1,
        },
      ],
      accepted: 1,
      rejected: 1,
    })
  })

  it('reads the file from standard input with -, JSON or CSV by its first character', async () => {
    const json = await sandbox.run(
      ['bulk', '-'],
      sandbox.env(),
      '[{"to":"254712345678","message":"Piped"}]',
    )
    expect(json.code).toBe(EXIT_CODES.ok)
    const csv = await sandbox.run(['bulk', '-'], sandbox.env(), 'to,message\n254712345678,Piped\n')
    expect(csv.code).toBe(EXIT_CODES.ok)
    expect(sandbox.running().mock.journal.size).toBe(2)
  })

  it('prints rows of low credit and exits 4', async () => {
    sandbox.running().mock.accounts.setCredit('12345', 0)
    const run = await sandbox.run(['bulk', file('low.csv', CSV), '--json'])
    expect(run.code).toBe(EXIT_CODES.partialFailure)
    expect(run.json()).toMatchObject({
      accepted: 0,
      rejected: 2,
      results: [{ code: 1004 }, { code: 1004 }],
    })
  })

  it.each([
    ['a wrong key', { ADVANTA_API_KEY: 'wrong-key' }, 1006],
    ['an unassigned shortcode', { ADVANTA_SHORTCODE: 'NOTMINE' }, 1001],
  ])('exits 3 for %s', async (_, overrides, code) => {
    const run = await sandbox.run(
      ['bulk', file('orders.csv', CSV), '--json'],
      sandbox.env(overrides),
    )
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.json()).toMatchObject({ ok: false, error: { kind: 'ApiError', code } })
    expect(sandbox.running().mock.journal.size).toBe(0)
  })

  it('exits 3 with advice when the provider refuses the list as too long (1012)', async () => {
    sandbox.running().mock.faults.push({ code: 1012 })
    const run = await sandbox.run(['bulk', file('orders.csv', CSV)])
    expect(run.code).toBe(EXIT_CODES.apiError)
    expect(run.stderr()).toContain('1012 Too Many messages on SMS LIST')
    expect(run.stderr()).toContain('Split the list')
  })

  it('exits 2 without any request for more than MAX_BULK_ITEMS messages', async () => {
    expect(Number.isSafeInteger(MAX_BULK_ITEMS)).toBe(true)
    const rows = Array.from(
      { length: MAX_BULK_ITEMS + 1 },
      (_, i) => `2547${String(i).padStart(8, '0')},Hi`,
    )
    const run = await sandbox.run([
      'bulk',
      file('big.csv', ['to,message', ...rows].join('\n')),
      '--json',
    ])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.json()).toMatchObject({
      ok: false,
      error: { kind: 'InvalidRequestError', field: 'items' },
    })
    expect(sandbox.requests).toEqual([])
  })

  it.each<[string, string[], string]>([
    ['no file', [], 'bulk takes exactly one file'],
    ['two files', ['a.csv', 'b.csv'], 'bulk takes exactly one file'],
    ['a missing file', [join(dir, 'nowhere.csv')], 'no such file'],
    ['a file that is not JSON', [file('bad.json', '[{"to":')], 'bad.json: not JSON'],
    ['JSON that is not a list', [file('object.json', '{"to":"254712345678"}')], 'must be an array'],
    [
      'a JSON item without a message',
      [file('nomsg.json', '[{"to":"254712345678"}]')],
      '[0]: no message',
    ],
    [
      'a CSV header without a message column',
      [file('nocol.csv', 'to,text\n254712345678,Hi\n')],
      'the header row must name',
    ],
    [
      'a CSV row without a number',
      [file('nonum.csv', 'to,message\n254712345678,Hi\n,Hi\n')],
      'line 3: no number',
    ],
    [
      'a CSV row with a stray field',
      [file('ragged.csv', 'to,message\n254712345678,Hi,x\n')],
      'not a CSV file',
    ],
    [
      'an item of two numbers',
      [file('two.csv', 'to,message\n"254712345678,0733123456",Hi\n')],
      'items[0].to',
    ],
  ])('exits 2 without any request for %s', async (_, argv, message) => {
    const run = await sandbox.run(['bulk', ...argv])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr()).toContain(message)
    expect(run.stderr()).not.toMatch(/\n\s+at /)
    expect(sandbox.requests).toEqual([])
    const asJson = await sandbox.run(['bulk', ...argv, '--json'])
    expect(asJson.json()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(message) },
    })
  })

  it.each([
    ['nothing listens', () => apis.closed(), [], 'ConnectionError'],
    ['the API never answers', () => apis.silent(), ['--timeout', '50'], 'TimeoutError'],
    ['the answer is not the API', () => apis.garbage(), [], 'UnexpectedResponseError'],
  ])('exits 5 when %s', async (_, url, extra, kind) => {
    const env = sandbox.env({ ADVANTA_BASE_URL: url() })
    const run = await sandbox.run(['bulk', file('orders.csv', CSV), '--json', ...extra], env)
    expect(run.code).toBe(EXIT_CODES.unreachable)
    expect(run.json()).toMatchObject({ ok: false, error: { kind } })
  })
})
