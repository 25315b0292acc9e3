/**
 * @module
 * The OpenAPI document's named examples, read with `loadSpec()`, so unit tests answer with
 * exactly what the spec documents instead of a hand-written copy of it.
 */
import { loadSpec } from '@sendsms/spec'

type Examples = Record<string, { value: unknown }>

/**
 * The named examples of a response of `components.responses` (e.g. `BalanceAnswer`), by name.
 * @example
 * answerExamples('BalanceAnswer')['code-200-balance'] // { 'response-code': 200, credit: '545.00', 'partner-id': '12345' }
 */
export function answerExamples(response: string): Record<string, unknown> {
  const answer = loadSpec().components.responses[response]
  if (!answer) throw new Error(`The spec has no response named ${response}`)
  return values(answer.content['application/json']?.examples ?? {})
}

/**
 * One named example of a response; throws when the spec has no such example.
 * @example
 * answerExample('DeliveryReportAnswer', 'code-1009-no-dlr') // { 'response-code': 1009, 'response-description': 'No dlr' }
 */
export function answerExample(response: string, name: string): unknown {
  const examples = answerExamples(response)
  if (!(name in examples)) throw new Error(`The spec's ${response} has no example ${name}`)
  return examples[name]
}

/**
 * The named request-body examples of an operation of a path item (e.g. `SendBulk`, `post`).
 * @example
 * requestExamples('SendBulk', 'post')['two-messages'] // { count: 2, smslist: [...] }
 */
export function requestExamples(pathItem: string, method: 'get' | 'post'): Record<string, unknown> {
  const items = loadSpec().components as unknown as {
    pathItems: Record<string, Record<string, { requestBody?: Body }>>
  }
  const body = items.pathItems[pathItem]?.[method]?.requestBody
  return values(body?.content['application/json']?.examples ?? {})
}

/**
 * The named examples of the delivery callback (`webhooks.deliveryReport`).
 * @example
 * callbackExamples().delivered // { description: 'DeliveredToTerminal', messageid: '1889191', … }
 */
export function callbackExamples(): Record<string, unknown> {
  const webhooks = loadSpec().webhooks as Record<string, { post?: { requestBody?: Body } }>
  return values(
    webhooks.deliveryReport?.post?.requestBody?.content['application/json']?.examples ?? {},
  )
}

type Body = { content: Record<string, { examples?: Examples }> }

function values(examples: Examples): Record<string, unknown> {
  return Object.fromEntries(Object.entries(examples).map(([name, { value }]) => [name, value]))
}
