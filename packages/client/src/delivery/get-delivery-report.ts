/**
 * @module
 * `getDeliveryReport`: the delivery report of one sent message (`getdlr`).
 */
import { ENDPOINTS, integerText } from '@sendsms/wire'
import type { EndpointContext } from '../endpoint-context.js'
import { InvalidRequestError } from '../errors/request-errors.js'
import { credentialParams } from '../request/credential-params.js'
import { rejectUnknownKeys } from '../request/known-keys.js'
import type { SpecFields } from '../request/spec-fields.js'
import { checkMethod } from '../send-sms/validate-input.js'
import { REQUEST_OPTION_KEYS } from '../transport/request-options.js'
import { readDeliveryReport } from './read-report.js'
import type { DeliveryReport, DeliveryReportRequest } from './types.js'

/**
 * The id to ask for, as text: a non-blank string (trimmed) or a non-negative integer, as
 * sends answer it. Throws `InvalidRequestError('messageId')` otherwise; the API would answer
 * "no report" for an empty id, which would hide the mistake.
 * @example
 * checkMessageId(100000001) // '100000001'
 * checkMessageId(' 100000001 ') // '100000001'
 */
export function checkMessageId(messageId: unknown): string {
  if (typeof messageId === 'number' && Number.isSafeInteger(messageId) && messageId >= 0) {
    return integerText(messageId)
  }
  if (typeof messageId === 'string' && messageId.trim() !== '') return messageId.trim()
  throw new InvalidRequestError(
    'messageId',
    'messageId must be the id a send answered: a non-empty string or a non-negative integer',
  )
}

const REQUEST_KEYS = [
  'method',
  ...REQUEST_OPTION_KEYS,
] as const satisfies readonly (keyof DeliveryReportRequest)[]

/**
 * Checks the id, makes one call with the account's credentials and reads the report. An
 * unknown key in `request` is refused (`InvalidRequestError('request')`) before sending.
 * @example
 * const report = await getDeliveryReport(context, '100000001', {})
 */
export async function getDeliveryReport(
  context: EndpointContext,
  messageId: string | number,
  request: DeliveryReportRequest = {},
): Promise<DeliveryReport> {
  rejectUnknownKeys(request, REQUEST_KEYS, 'request')
  const method = checkMethod(request.method)
  const id = checkMessageId(messageId)
  const answer = await context.call({
    path: ENDPOINTS.getdlr.path,
    method,
    params: {
      ...credentialParams(context.options),
      messageID: id,
    } satisfies SpecFields<'GetDlrRequest', 'apikey' | 'partnerID' | 'messageID'>,
    signal: request.signal,
    timeoutMs: request.timeoutMs,
  })
  return readDeliveryReport(answer.status, answer.text, id)
}
