/**
 * @module
 * `checkNumbers` against `@sendsms/mock-server`: a corpus of numbers (every three-digit
 * prefix after 254 that starts with 1 or 7, in every form the mock reads, and bad ones)
 * goes through `checkNumbers` and, through the client, through the mock. Both must give the
 * same verdict, the same 254 form and the same network, except for the cases listed below,
 * each a known difference between libphonenumber's numbering plan and the mock's rules.
 */

import { SANDBOX } from '@sendsms/test-fixtures'
import { MAX_RECIPIENTS } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import type { RecipientResult } from '../send-sms/types.js'
import { clientFor, mockWith } from '../test-support/mock-client.js'
import { checkNumbers } from './check-numbers.js'
import type { NumberVerdict } from './types.js'

/** What one side made of a number: the code it stands for, the 254 form and network id. */
interface Outcome {
  code: number
  msisdn: string | undefined
  networkId: string | undefined
}

// Every prefix after 254 that starts with 1 or 7, as the mock's table and libphonenumber's
// metadata split them into ranges.
const PREFIXES = Array.from({ length: 100 }, (_, i) => [100 + i, 700 + i]).flat()

// The forms the mock reads, for every prefix.
const KENYAN_FORMS = PREFIXES.flatMap((prefix) => [
  `254${prefix}123456`,
  `+254${prefix}123456`,
  `0${prefix}123456`,
  `+254 ${prefix} 123 456`,
  `0${prefix}-123-456`,
])

const BAD = [
  '07123',
  '071234567',
  '07123456789',
  '0712345678901',
  '2547123456',
  '25471234567890',
  '+2541234',
  '7',
  '0201234567',
  '020 1234567',
  '0411234567',
  '0800123456',
  'O712345678',
  '0712abc678',
  '0712#345678',
  '++254712345678',
  '254+712345678',
  '+255712345678',
  '255712345678',
  '+256772123456',
  '+1 202 555 0143',
  '+44 7700 900123',
  '12345678901234567890',
]

// Forms checkNumbers reads and the mock refuses as given (1003): the provider documents
// 2547…, 2541…, 07…, 01… and a leading +. Sent in their 254 form, the mock accepts them.
const OTHER_FORMS = [
  '712345678',
  '110123456',
  '00254712345678',
  '000254712345678',
  '+2540712345678',
  '2540733123456',
  '+254 (0) 712 345 678',
  '(0712) 345-678',
  '0712.345.678',
]

const CORPUS = [...KENYAN_FORMS, ...BAD, ...OTHER_FORMS]

function ours(verdict: NumberVerdict): Outcome {
  if (verdict.valid) return { code: 200, msisdn: verdict.msisdn, networkId: verdict.networkId }
  return {
    code: verdict.reason === 'foreign' ? 1002 : 1003,
    msisdn: undefined,
    networkId: undefined,
  }
}

// The mock answers networkid 4 for a Kenyan range of no network it names; checkNumbers
// leaves those without a network.
function theirs(row: RecipientResult): Outcome {
  if (!row.ok) return { code: row.code, msisdn: undefined, networkId: undefined }
  return {
    code: 200,
    msisdn: row.mobile,
    networkId: row.networkId === '4' ? undefined : row.networkId,
  }
}

async function throughMock(numbers: readonly string[]): Promise<RecipientResult[]> {
  const mock = mockWith()
  mock.accounts.setCredit(SANDBOX.partnerId, 1e9)
  const client = clientFor(mock)
  const rows: RecipientResult[] = []
  for (let start = 0; start < numbers.length; start += MAX_RECIPIENTS) {
    const to = numbers.slice(start, start + MAX_RECIPIENTS)
    const result = await client.sendSms({ to, message: 'Number check' })
    rows.push(...result.results)
  }
  return rows
}

// Prefixes after 254 that the mock accepts (network id 4, no network it names) and that
// libphonenumber's metadata holds in no Kenyan mobile range; checkNumbers refuses them as
// `unassigned`. The provider's docs write numbers as 2541XXXXXXXX without listing ranges.
const UNASSIGNED_RANGES = [
  [109, 109],
  [122, 123],
  [125, 129],
  [131, 134],
  [147, 179],
  [190, 199],
] as const
const UNASSIGNED = UNASSIGNED_RANGES.flatMap(([first, last]) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i),
)

function differences(corpus: readonly string[], rows: readonly RecipientResult[]) {
  const check = checkNumbers(corpus)
  return corpus.flatMap((input, i) => {
    const expected = ours(check.results[i] as NumberVerdict)
    const actual = theirs(rows[i] as RecipientResult)
    return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [{ input, expected, actual }]
  })
}

describe('checkNumbers and the mock server', () => {
  it('give the same verdict, 254 form and network for every number but the listed ones', async () => {
    const rows = await throughMock(CORPUS)
    expect(rows).toHaveLength(CORPUS.length)
    const unassigned = KENYAN_FORMS.filter((input) =>
      UNASSIGNED.includes(
        Number(
          input
            .replace(/\D/g, '')
            .replace(/^(254|0)/, '')
            .slice(0, 3),
        ),
      ),
    )
    const refusedByUs = (input: string) => ({
      input,
      expected: { code: 1003, msisdn: undefined, networkId: undefined },
      actual: {
        code: 200,
        msisdn: `254${input.replace(/\D/g, '').slice(-9)}`,
        networkId: undefined,
      },
    })
    const refusedByMock = (input: string) => ({
      input,
      expected: ours(checkNumbers(input).results[0] as NumberVerdict),
      actual: { code: 1003, msisdn: undefined, networkId: undefined },
    })
    expect(unassigned).toHaveLength(UNASSIGNED.length * 5)
    expect(differences(CORPUS, rows)).toEqual([
      ...unassigned.map(refusedByUs),
      ...OTHER_FORMS.map(refusedByMock),
    ])
  })

  it('agree on every form checkNumbers reads once it is sent in its 254 form', async () => {
    const check = checkNumbers(OTHER_FORMS)
    expect(check.allValid).toBe(true)
    const rows = await throughMock(check.msisdns)
    expect(rows.map(theirs)).toEqual(check.results.map(ours))
  })
})
