/**
 * @module
 * Reads the answer of `getdlr`: the report of one message, "no report" as its own error, or
 * another top-level error. The docs' example words "no report" as `1009` "No dlr" while
 * their code table says `1008` "No Delivery Report"; both become `NoDeliveryReportError`.
 * Ids, the status number and the network arrive as integers or strings.
 */
import { NO_REPORT_ANSWERS, parseProviderTime, readCode, SUCCESS_CODE } from '@sendsms/wire'
import { readBody } from '../answers/read-body.js'
import { readInteger } from '../answers/read-integer.js'
import { readText } from '../answers/read-text.js'
import {
  type ApiError,
  NoDeliveryReportError,
  UnsupportedDataTypeError,
} from '../errors/api-errors.js'
import { errorFromCode } from '../errors/error-from-code.js'
import { UnexpectedResponseError } from '../errors/request-errors.js'
import { statusNumbered, statusReadAs } from './delivery-statuses.js'
import { turnaroundSeconds } from './turnaround.js'
import type { DeliveryReport } from './types.js'

// 1009 is "Unsupported data type" everywhere else; on getdlr the docs' example of "no
// report" sends it with its own description (the spec's `x-no-report`, via @sendsms/wire),
// compared without regard to case, as live descriptions have been seen in lower case.
const NO_REPORT_TEXTS = new Set(NO_REPORT_ANSWERS.map((answer) => answer.description.toLowerCase()))

/**
 * The error of a top-level code of `getdlr`: `NoDeliveryReportError` for 1008 and for 1009
 * "No dlr", else the code's own class.
 * @example
 * reportError(1009, 'No dlr') // NoDeliveryReportError (code 1009)
 * reportError(1009, 'Unsupported data type') // UnsupportedDataTypeError
 */
export function reportError(code: number, description: string | undefined): ApiError {
  const error = errorFromCode(code, description)
  if (
    error instanceof UnsupportedDataTypeError &&
    // errorFromCode has trimmed the description already.
    NO_REPORT_TEXTS.has(error.description.toLowerCase())
  ) {
    return new NoDeliveryReportError(code, error.description)
  }
  return error
}

/**
 * Reads a report answer received with HTTP `status`; `sentMessageId` stands in for a missing
 * `message-id`. Throws `NoDeliveryReportError` for "no report", the typed `ApiError` of any
 * other top-level code, or `UnexpectedResponseError` for a report without a known status.
 * @example
 * readDeliveryReport(200, '{"response-code":200,"message-id":"1","delivery-status":32,"delivery-description":"DeliveredToTerminal"}', '1').final // true
 * readDeliveryReport(200, '{"response-code":1009,"response-description":"No dlr"}', '1') // throws NoDeliveryReportError
 */
export function readDeliveryReport(
  status: number,
  text: string,
  sentMessageId: string,
): DeliveryReport {
  const body = readBody(status, text)
  const code = readCode(body)
  if (code !== undefined && code !== SUCCESS_CODE) {
    throw reportError(code, readText(body['response-description']))
  }
  const named = readText(body['delivery-description'])
  const number = readInteger(body['delivery-status'])
  // The description is what the provider documents; its numbers are partly this project's
  // choice, so the number decides only when there is no description it knows.
  const entry =
    (named === undefined ? undefined : statusReadAs(named)) ??
    (number === undefined ? undefined : statusNumbered(number))
  if (!entry) {
    throw new UnexpectedResponseError(
      status,
      'The SMS API answered a delivery report without a status this client knows',
    )
  }
  const turnaround = readText(body['delivery-tat'])
  const time = readText(body['delivery-time'])
  return {
    messageId: readText(body['message-id']) ?? sentMessageId,
    status: entry.description,
    statusCode: number ?? entry.status,
    final: entry.final,
    turnaround,
    turnaroundSeconds: turnaround === undefined ? undefined : turnaroundSeconds(turnaround),
    networkId: readText(body['delivery-networkid']),
    deliveredAt: time === undefined ? undefined : parseProviderTime(time),
  }
}
