/**
 * The files sendsms bulk reads, against a real mock on a random port: the names of the number
 * column, client ids as the provider gets them, JSON or CSV by extension or first character,
 * and each refusal of a file, named with its line (CSV) or index (JSON), before any request.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()
const dir = mkdtempSync(join(tmpdir(), 'sendsms-bulk-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const VALID = '254712345678'
const FORMATS_HINT = "Run 'sendsms help bulk' for the file formats."

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** Runs `sendsms bulk -` with `text` on standard input. */
function piped(text: string) {
  return sandbox.run(['bulk', '-'], sandbox.env(), text)
}

/** What the mock received: the number and client id of each message. */
function received() {
  return sandbox
    .running()
    .mock.journal.list()
    .map((entry) => ({ mobile: entry.mobile, clientsmsid: entry.clientsmsid }))
}

describe('sendsms bulk columns and keys', () => {
  it.each(['to', 'mobile', 'number', 'phone', 'Phone', 'NUMBER'])(
    'reads the number from a column named %s',
    async (name) => {
      const run = await piped(`${name},message\n${VALID},Hi\n`)
      expect(run.code).toBe(EXIT_CODES.ok)
      expect(received()).toEqual([{ mobile: VALID, clientsmsid: undefined }])
    },
  )

  it.each<[string, string, number | string | undefined]>([
    ['digits', '1001', 1001],
    ['zero', '0', 0],
    ['digits with blanks around them', ' 42 ', 42],
    ['a leading zero', '007', '007'],
    ['digits then letters', '12ab', '12ab'],
    ['a blank cell', ' ', undefined],
  ])('sends a CSV client id of %s as the provider reads it', async (_case, cell, expected) => {
    const run = await piped(`to,message,clientSmsId\n${VALID},Hi,${cell}\n`)
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received()).toEqual([{ mobile: VALID, clientsmsid: expected }])
  })

  it('sends no client id when the CSV has no such column', async () => {
    const run = await piped(`to,message\n${VALID},Hi\n`)
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received()).toEqual([{ mobile: VALID, clientsmsid: undefined }])
    expect(run.stdout()).not.toContain('client id')
  })

  it('sends a JSON client id as given, and none for null', async () => {
    const items = [
      { phone: VALID, message: 'One', clientSmsId: 'order-7' },
      { number: '254733123456', message: 'Two', client_sms_id: null },
    ]
    const run = await piped(JSON.stringify(items))
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received()).toEqual([
      { mobile: VALID, clientsmsid: 'order-7' },
      { mobile: '254733123456', clientsmsid: undefined },
    ])
  })
})

describe('sendsms bulk file formats', () => {
  const ITEMS = JSON.stringify([{ to: VALID, message: 'Hi' }])

  it('reads a file by its last extension', async () => {
    const run = await sandbox.run(['bulk', file('orders.csv.json', ITEMS)])
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received()).toHaveLength(1)
  })

  it('reads a .csv file as CSV even when it starts with [', async () => {
    const path = file('odd.csv', `[to],message\n${VALID},Hi\n`)
    const run = await sandbox.run(['bulk', path])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr()).toContain(`sendsms: ${path}: the header row must name a number column`)
  })

  it.each([
    ['a byte-order mark and blank lines', `\uFEFF\n  ${ITEMS}`],
    ['a byte-order mark', `\uFEFF${ITEMS}`],
  ])('reads piped JSON after %s', async (_case, text) => {
    const run = await piped(text)
    expect(run.code).toBe(EXIT_CODES.ok)
    expect(received()).toHaveLength(1)
  })

  it('reads a .json file that starts with a byte-order mark', async () => {
    const run = await sandbox.run(['bulk', file('bom.json', `\uFEFF${ITEMS}`)])
    expect(run.code).toBe(EXIT_CODES.ok)
  })
})

describe('sendsms bulk refusing a file', () => {
  const NO_COLUMNS =
    'the header row must name a number column (to, mobile or number) and a message column'

  it.each<[string, string, string]>([
    ['an empty file', '', `-: ${NO_COLUMNS}`],
    ['a CSV header without a number column', 'name,message\nAnn,Hi\n', `-: ${NO_COLUMNS}`],
    ['a CSV row with a blank number', 'to,message\n   ,Hi\n', '- line 2: no number'],
    ['a CSV row with a blank message', `to,message\n${VALID},   \n`, '- line 2: no message'],
    [
      'a CSV row with an empty message',
      `to,message\n${VALID},Hi\n${VALID},\n`,
      '- line 3: no message',
    ],
    ['a JSON item that is a number', '[1]', '-[0]: each message must be an object { to, message }'],
    ['a JSON item that is null', '[null]', '-[0]: each message must be an object { to, message }'],
    [
      'a JSON item that is a string',
      `["${VALID}"]`,
      '-[0]: each message must be an object { to, message }',
    ],
    [
      'a JSON item that is a list',
      `[["${VALID}", "Hi"]]`,
      '-[0]: each message must be an object { to, message }',
    ],
    ['a JSON item without a number', '[{"message":"Hi"}]', '-[0]: no number (to or mobile)'],
    [
      'a JSON item with a blank number',
      '[{"to":"  ","message":"Hi"}]',
      '-[0]: no number (to or mobile)',
    ],
    [
      'a JSON item whose number is true',
      '[{"to":true,"message":"Hi"}]',
      '-[0]: no number (to or mobile)',
    ],
    [
      'a JSON item whose number has a fraction',
      '[{"to":254712345678.5,"message":"Hi"}]',
      '-[0]: no number (to or mobile)',
    ],
    [
      'a JSON item whose client id is neither text nor a number',
      `[{"to":"${VALID}","message":"Hi"},{"to":"${VALID}","message":"Hi","clientSmsId":true}]`,
      '-[1]: clientSmsId must be a string or a number',
    ],
  ])('exits 2 without any request for %s', async (_case, text, reason) => {
    const run = await piped(text)
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr().split('\n')).toEqual([`sendsms: ${reason}`, FORMATS_HINT, ''])
    expect(sandbox.requests).toEqual([])
  })

  it('exits 2 for a path it cannot read as a file', async () => {
    const folder = join(dir, 'a-folder.csv')
    mkdirSync(folder, { recursive: true })
    const run = await sandbox.run(['bulk', folder])
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr().split('\n')).toEqual([
      `sendsms: cannot read ${folder}: unreadable`,
      "Run 'sendsms help bulk' for usage.",
      '',
    ])
  })
})
