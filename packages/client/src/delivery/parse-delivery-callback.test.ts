/**
 * @module
 * Tests of `parseDeliveryCallback`: the spec's callback examples as objects and as JSON
 * text, every status, and bodies refused with the field at fault; every body it accepts
 * is one the spec's `DeliveryCallback` schema accepts.
 */
import { validateSchema } from '@sendsms/spec'
import { describe, expect, it } from 'vitest'
import { type CallbackField, InvalidCallbackError, SendSmsError } from '../errors/index.js'
import { callbackExamples } from '../test-support/spec-examples.js'
import { DELIVERY_STATUSES } from './delivery-statuses.js'
import { parseDeliveryCallback } from './parse-delivery-callback.js'

const EXAMPLES = callbackExamples()
const DELIVERED = EXAMPLES.delivered as Record<string, unknown>

function refusal(body: unknown): InvalidCallbackError {
  try {
    parseDeliveryCallback(body)
  } catch (error) {
    return error as InvalidCallbackError
  }
  throw new Error('the body was accepted')
}

describe('parseDeliveryCallback', () => {
  it('reads the delivered example of the spec', () => {
    expect(parseDeliveryCallback(DELIVERED)).toEqual({
      messageId: '1889191',
      status: 'DeliveredToTerminal',
      statusCode: 32,
      final: true,
      timeTaken: 22,
      // "2025-09-12 10:16:10" is East Africa Time (UTC+3).
      timestamp: new Date('2025-09-12T07:16:10Z'),
    })
  })

  it.each(Object.entries(EXAMPLES))(
    'reads the example %s as an object and as JSON text',
    (_, body) => {
      const report = parseDeliveryCallback(body)
      expect(parseDeliveryCallback(JSON.stringify(body))).toEqual(report)
      expect(report.messageId).toBe((body as Record<string, unknown>).messageid)
      expect(validateSchema('DeliveryCallback', body).valid).toBe(true)
    },
  )

  it.each(DELIVERY_STATUSES)('reads $description with its number and finality', (entry) => {
    expect(parseDeliveryCallback({ ...DELIVERED, description: entry.description })).toMatchObject({
      status: entry.description,
      statusCode: entry.status,
      final: entry.final,
    })
  })

  it.each([
    ['no timeTaken', { timeTaken: undefined }, undefined],
    ['a timeTaken without its unit', { timeTaken: '45' }, 45],
    ['a timeTaken as a clock', { timeTaken: '00:02:30' }, 150],
  ])('reads a callback with %s', (_, change, timeTaken) => {
    expect(parseDeliveryCallback({ ...DELIVERED, ...change }).timeTaken).toBe(timeTaken)
  })

  it('ignores fields it does not know, as the schema allows', () => {
    expect(parseDeliveryCallback({ ...DELIVERED, mobile: '254712345678' }).messageId).toBe(
      '1889191',
    )
  })

  const NOT_OBJECT = 'A delivery callback must be a JSON object'
  const NO_STATUS =
    'A delivery callback needs a description that is a delivery status of the spec, such as DeliveredToTerminal'
  const NO_ID = 'A delivery callback needs messageid as a string'
  const NO_TIME =
    "A delivery callback needs a timestamp such as '2025-09-12 10:16:10' (East Africa Time)"
  const NOT_SECONDS = "A delivery callback's timeTaken must be a number of seconds such as '22s'"
  it.each<[string, unknown, CallbackField, string]>([
    [
      'text that is not JSON',
      'description=DeliveredToTerminal',
      'body',
      'A delivery callback must be JSON',
    ],
    ['a JSON array', [DELIVERED], 'body', NOT_OBJECT],
    ['a JSON array as text', JSON.stringify([DELIVERED]), 'body', NOT_OBJECT],
    ['null', null, 'body', NOT_OBJECT],
    ['a number', 42, 'body', NOT_OBJECT],
    ['no description', { ...DELIVERED, description: undefined }, 'description', NO_STATUS],
    [
      'a description of no status',
      { ...DELIVERED, description: 'Delivered' },
      'description',
      NO_STATUS,
    ],
    [
      'a status in another case',
      { ...DELIVERED, description: 'deliveredtoterminal' },
      'description',
      NO_STATUS,
    ],
    [
      'a description that is not a string',
      { ...DELIVERED, description: 32 },
      'description',
      NO_STATUS,
    ],
    ['no messageid', { ...DELIVERED, messageid: undefined }, 'messageid', NO_ID],
    ['an integer messageid', { ...DELIVERED, messageid: 1889191 }, 'messageid', NO_ID],
    ['an empty messageid', { ...DELIVERED, messageid: '' }, 'messageid', NO_ID],
    ['a blank messageid', { ...DELIVERED, messageid: ' \t' }, 'messageid', NO_ID],
    ['no timestamp', { ...DELIVERED, timestamp: undefined }, 'timestamp', NO_TIME],
    ['a timestamp that is not a time', { ...DELIVERED, timestamp: 'soon' }, 'timestamp', NO_TIME],
    [
      'a date that does not exist',
      { ...DELIVERED, timestamp: '2025-02-30 10:00:00' },
      'timestamp',
      NO_TIME,
    ],
    ['a timestamp as a number', { ...DELIVERED, timestamp: 1757661370 }, 'timestamp', NO_TIME],
    [
      'a timeTaken that is not seconds',
      { ...DELIVERED, timeTaken: 'fast' },
      'timeTaken',
      NOT_SECONDS,
    ],
    ['a timeTaken as a number', { ...DELIVERED, timeTaken: 22 }, 'timeTaken', NOT_SECONDS],
  ])('refuses %s, naming the field', (_, body, field, message) => {
    const error = refusal(body)
    expect(error).toBeInstanceOf(InvalidCallbackError)
    expect(error).toBeInstanceOf(SendSmsError)
    expect(error.name).toBe('InvalidCallbackError')
    expect(error.field).toBe(field)
    expect(error.message).toBe(message)
  })

  it.each<[string, Record<string, unknown>]>([
    ['no description', { ...DELIVERED, description: undefined }],
    ['a description of no status', { ...DELIVERED, description: 'Delivered' }],
    ['an integer messageid', { ...DELIVERED, messageid: 1889191 }],
    ['no timestamp', { ...DELIVERED, timestamp: undefined }],
    ['a timeTaken as a number', { ...DELIVERED, timeTaken: 22 }],
  ])('refuses what the spec refuses too: %s', (_, body) => {
    const json = JSON.parse(JSON.stringify(body))
    expect(validateSchema('DeliveryCallback', json).valid).toBe(false)
    expect(() => parseDeliveryCallback(json)).toThrow(InvalidCallbackError)
  })
})
