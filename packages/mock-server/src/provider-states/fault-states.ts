/**
 * @module
 * The fault states: the next request answers a top-level code, times out, gets a proxy's
 * 5xx, has its connection reset or its answer cut short; or every request is slow. Each is
 * one entry of the mock's fault queue (`mock.faults`), checked by the same rules as
 * `POST /__mock/faults`, so a state can ask for nothing the queue would refuse. `endpoint`
 * keeps a fault for requests to one endpoint (a status check after a send, say).
 */
import { ENDPOINTS } from '@sendsms/wire'
import { type FaultInput, PROXY_STATUSES } from '../faults/fault-spec.js'
import type { MockState } from '../state/mock-state.js'
import { declareState, placeholder, type StateResult } from './state-declaration.js'
import {
  API_IS_SLOW,
  apiIsSlow,
  CONNECTION_RESETS,
  NEXT_ANSWER_TRUNCATED,
  NEXT_REQUEST_ANSWERS_A_CODE,
  NEXT_REQUEST_GETS_A_PROXY_ERROR,
  NEXT_REQUEST_TIMES_OUT,
  nextRequestAnswers,
  nextRequestGetsHttp,
} from './state-names.js'
import type { StateParam, StateParamValues } from './state-params.js'

const endpoint: StateParam = Object.freeze({
  type: 'string',
  description: 'Only requests to this endpoint. Default: the next request to any endpoint.',
  optional: true,
  values: Object.keys(ENDPOINTS),
})

const reached: StateParam = Object.freeze({
  type: 'boolean',
  description: 'The API acted first (the message was sent): the "may have been sent" case.',
  default: true,
})

/** How long a slow API takes by default. @unit milliseconds */
const SLOW_MS = 2000

function push(state: MockState, params: StateParamValues, fault: FaultInput): StateResult {
  const chosen = params.endpoint === undefined ? fault : { ...fault, endpoint: params.endpoint }
  return { fault: state.faults.push(chosen as FaultInput) }
}

/**
 * The fault states.
 * @example
 * FAULT_STATES[0].names // ['the API answers the next request with code {code}', 'the API answers the next request with a code']
 */
export const FAULT_STATES = [
  declareState({
    names: [nextRequestAnswers(placeholder('code')), NEXT_REQUEST_ANSWERS_A_CODE],
    description:
      'The next request answers the top-level code, in place of the rules (any documented code but 200).',
    params: {
      code: { type: 'integer', description: 'The top-level code, e.g. 4090.' },
      endpoint,
    },
    setup: (state, params) => push(state, params, { code: params.code as number, count: 1 }),
  }),
  declareState({
    names: [NEXT_REQUEST_TIMES_OUT],
    description:
      'The next request gets no answer: the connection stays open until the client gives up.',
    params: { reached, endpoint },
    setup: (state, params) =>
      push(state, params, { kind: 'hang', reached: params.reached as boolean }),
  }),
  declareState({
    names: [nextRequestGetsHttp(placeholder('status')), NEXT_REQUEST_GETS_A_PROXY_ERROR],
    description:
      "The next request gets a proxy's HTTP error and its HTML page; the API never saw it.",
    params: {
      status: {
        type: 'integer',
        description: 'The HTTP status.',
        default: 503,
        values: PROXY_STATUSES,
      },
      endpoint,
    },
    setup: (state, params) => push(state, params, { kind: 'http', status: params.status as 503 }),
  }),
  declareState({
    names: [CONNECTION_RESETS],
    description: 'The connection of the next request is reset, with no answer.',
    params: { reached, endpoint },
    setup: (state, params) =>
      push(state, params, { kind: 'reset', reached: params.reached as boolean }),
  }),
  declareState({
    names: [NEXT_ANSWER_TRUNCATED],
    description:
      'The answer to the next request is cut short: its first half, JSON that does not parse.',
    params: { endpoint },
    setup: (state, params) => push(state, params, { kind: 'truncated' }),
  }),
  declareState({
    names: [API_IS_SLOW, apiIsSlow(placeholder('ms'))],
    description: 'Every request is answered late, by ms (at most 60000).',
    params: {
      ms: { type: 'integer', description: 'The delay, in milliseconds.', default: SLOW_MS },
      endpoint,
    },
    // A probability of 1 and no count: every request, until a reset.
    setup: (state, params) =>
      push(state, params, { kind: 'latency', ms: params.ms as number, probability: 1 }),
  }),
]
