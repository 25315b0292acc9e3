/**
 * @module
 * `sendSms` against every named example of the spec's `SendSmsAnswer`: rows become results
 * (low credit answered per recipient included), top-level codes their error class.
 */
import { describeCode, readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { createClient } from '../create-client.js'
import { ApiError, errorFromCode, LowCreditError } from '../errors/index.js'
import { fakeFetch, jsonResponse } from '../test-support/fake-fetch.js'
import { answerExample, answerExamples } from '../test-support/spec-examples.js'

type Answer = Record<string, unknown>

function send(answer: unknown) {
  const fake = fakeFetch(() => jsonResponse(answer))
  return createClient({
    baseUrl: 'http://api.test',
    apiKey: 'k',
    partnerId: '1',
    shortcode: 'S',
    fetch: fake.fetch,
  }).sendSms({
    to: '254712345678',
    message: 'Hi',
  })
}

const EXAMPLES = Object.entries(answerExamples('SendSmsAnswer')) as [string, Answer][]

describe('sendSms and the answers of the spec', () => {
  it.each(EXAMPLES.filter(([, answer]) => Array.isArray(answer.responses)))(
    'reads the rows of %s, one result each, ok when 200',
    async (_, answer) => {
      const rows = answer.responses as Answer[]
      const result = await send(answer)
      expect(result.results.map((row) => [row.code, row.ok])).toEqual(
        rows.map((row) => [readCode(row), readCode(row) === 200]),
      )
      expect(result.results.map((row) => row.description)).toEqual(
        rows.map((row) => row['response-description']),
      )
    },
  )

  it.each(EXAMPLES.filter(([, answer]) => !Array.isArray(answer.responses)))(
    'rejects %s with the class of its code',
    async (_, answer) => {
      const code = readCode(answer) as number
      const error = await send(answer).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ApiError)
      expect((error as Error).constructor).toBe(errorFromCode(code).constructor)
      expect(error).toMatchObject({ code, description: answer['response-description'] })
    },
  )

  it('reads low credit answered per recipient as a rejected row, as the live service sends it', async () => {
    const answer = answerExample('SendSmsAnswer', 'code-1004-low-credit-row') as {
      responses: Answer[]
    }
    const result = await send(answer)
    expect(result.allAccepted).toBe(false)
    expect(result.rejected).toEqual([
      {
        mobile: '0708467001',
        messageId: undefined,
        networkId: undefined,
        code: 1004,
        description: answer.responses[0]?.['response-description'],
        ok: false,
        status: 'rejected',
      },
    ])
  })

  it('keeps low credit answered at the top level a LowCreditError', async () => {
    const error = await send(answerExample('SendSmsAnswer', 'code-1004-low-bulk-credits')).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(LowCreditError)
    expect(error).toMatchObject({ code: 1004, description: describeCode(1004) })
  })
})
