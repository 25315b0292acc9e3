/**
 * @module
 * Interactions broken on purpose, each one way, beside ones the spec allows that look
 * wrong: the table the two spec checkers are compared on (`what-each-catches.test.ts`,
 * the README's "What each catches").
 */
import type { PactInteraction } from '../pact-files/read-pact-files.js'

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false })
const jsonHeaders = { 'Content-Type': ['application/json'] }

const credentials = { apikey: 'sandbox-api-key', partnerID: '12345' }
const sendBody = { ...credentials, shortcode: 'SANDBOX', message: 'Hello', mobile: '254712345678' }
const acceptedRow = {
  'response-code': 200,
  'response-description': 'Success',
  mobile: 254712345678,
  messageid: 100000001,
  networkid: 1,
}

type Loose<T> = { [K in keyof T]?: T[K] | undefined }

function send(changes: {
  request?: Loose<PactInteraction['request']>
  response?: Partial<PactInteraction['response']>
}): PactInteraction {
  const request = {
    method: 'POST',
    path: '/api/services/sendsms',
    headers: jsonHeaders,
    body: json(sendBody),
    ...changes.request,
  }
  // A change to `undefined` leaves the part out (a GET has no body).
  const defined = Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  )
  return {
    type: 'Synchronous/HTTP',
    description: 'a send',
    request: defined as PactInteraction['request'],
    response: {
      status: 200,
      headers: jsonHeaders,
      body: json({ responses: [acceptedRow] }),
      ...changes.response,
    },
  }
}

const answer = (body: unknown) => ({
  response: { status: 200, headers: jsonHeaders, body: json(body) },
})

/**
 * One row of the comparison: an interaction and whether each checker should report it.
 * `allowed` says whether the spec allows the exchange.
 * @example
 * const row: CheckerCase = { name: 'a wrong path', interaction, allowed: false, rules: true, comparator: true }
 */
export interface CheckerCase {
  name: string
  interaction: PactInteraction
  /** Whether the exchange is one the spec allows. */
  allowed: boolean
  /** Whether the rules check reports it. */
  rules: boolean
  /** Whether the comparator reports it. */
  comparator: boolean
}

/**
 * The table.
 * @example
 * CHECKER_CASES.filter((row) => row.rules !== row.comparator)
 */
export const CHECKER_CASES: readonly CheckerCase[] = [
  {
    name: 'a send accepted',
    interaction: send({}),
    allowed: true,
    rules: false,
    comparator: false,
  },
  {
    name: 'a path the spec does not have',
    interaction: send({ request: { path: '/api/services/sendsmss' } }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a row field of a wrong type (messageid true)',
    interaction: send(answer({ responses: [{ ...acceptedRow, messageid: true }] })),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'an undocumented code (999)',
    interaction: send(answer({ 'response-code': 999, 'response-description': 'Nope' })),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a successful send whose request lacks the required mobile',
    interaction: send({ request: { body: json({ ...sendBody, mobile: undefined }) } }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a refusal (4092) of a request that lacks the required apikey',
    interaction: send({
      request: { body: json({ ...sendBody, apikey: undefined }) },
      ...answer({ 'response-code': 4092, 'response-description': 'No API KEY Provided' }),
    }),
    allowed: true,
    rules: false,
    comparator: true,
  },
  {
    name: 'a request body of a content type the API does not read, answered as a success',
    interaction: send({
      request: {
        headers: { 'Content-Type': ['text/plain'] },
        body: { content: 'mobile=254712345678', contentType: 'text/plain', encoded: false },
      },
    }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a status the spec has no answer for (500)',
    interaction: send({ response: { status: 500, headers: jsonHeaders, body: json({}) } }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'the path with a trailing slash, as the provider pages write it',
    interaction: send({ request: { path: '/api/services/sendsms/' } }),
    allowed: true,
    rules: false,
    comparator: false,
  },
  {
    name: 'a GET on sendbulk, answered as if it were a send',
    interaction: send({
      request: { method: 'GET', path: '/api/services/sendbulk', body: undefined, query: {} },
    }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a GET on sendbulk, answered with the 1010 the spec gives other methods',
    interaction: send({
      request: { method: 'GET', path: '/api/services/sendbulk', body: undefined, query: {} },
      ...answer({ 'response-code': 1010, 'response-description': 'Unsupported request type' }),
    }),
    allowed: true,
    rules: false,
    comparator: true,
  },
  {
    name: 'type drift the spec allows: messageid and networkid as strings',
    interaction: send(
      answer({ responses: [{ ...acceptedRow, messageid: '100000001', networkid: '1' }] }),
    ),
    allowed: true,
    rules: false,
    comparator: false,
  },
  {
    name: 'the code key the live service misspells (respose-code)',
    interaction: send(
      answer({ 'respose-code': 1006, 'response-description': 'Invalid credentials' }),
    ),
    allowed: true,
    rules: false,
    comparator: false,
  },
  {
    name: 'a code with a wording the spec does not document',
    interaction: send(answer({ 'response-code': 1006, 'response-description': 'Bad key' })),
    allowed: false,
    rules: true,
    comparator: false,
  },
  {
    name: 'an answer with neither code key',
    interaction: send(answer({ 'response-description': 'Invalid credentials' })),
    allowed: false,
    rules: true,
    comparator: false,
  },
  {
    name: 'getdlr\'s "No dlr" answered by a send',
    interaction: send(answer({ 'response-code': 1009, 'response-description': 'No dlr' })),
    allowed: false,
    rules: true,
    comparator: false,
  },
  {
    name: 'a GET query key the spec does not list (apiKey)',
    interaction: send({
      request: {
        method: 'GET',
        body: undefined,
        query: {
          apiKey: ['sandbox-api-key'],
          partnerID: ['12345'],
          shortcode: ['SANDBOX'],
          message: ['Hello'],
          mobile: ['254712345678'],
        },
      },
    }),
    allowed: false,
    rules: true,
    comparator: true,
  },
  {
    name: 'a GET send to two numbers, a comma list as the API takes it',
    interaction: send({
      request: {
        method: 'GET',
        body: undefined,
        query: {
          apikey: ['sandbox-api-key'],
          partnerID: ['12345'],
          shortcode: ['SANDBOX'],
          message: ['Hello'],
          mobile: ['254712345678,254733123456'],
        },
      },
      ...answer({ responses: [acceptedRow, { ...acceptedRow, mobile: 254733123456 }] }),
    }),
    allowed: true,
    rules: false,
    comparator: true,
  },
  {
    name: 'a balance answer without its required credit',
    interaction: {
      type: 'Synchronous/HTTP',
      description: 'a balance',
      request: {
        method: 'POST',
        path: '/api/services/getbalance',
        headers: jsonHeaders,
        body: json(credentials),
      },
      response: {
        status: 200,
        headers: jsonHeaders,
        body: json({ 'response-code': 200, 'partner-id': '12345' }),
      },
    },
    allowed: false,
    rules: true,
    comparator: false,
  },
]
