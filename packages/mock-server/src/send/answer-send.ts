/**
 * @module
 * From parsed parameters to the body the client receives: an unreadable body, then an
 * injected fault, then the send rules, then the quirks. Shared by the Hono route and the
 * socket fast path, so both answer alike.
 */
import { finishAnswer, type SendSmsAnswer, topLevel } from '../answers.js'
import type { ReadParamsResult } from '../request/read-params.js'
import type { MockState } from '../state/mock-state.js'
import { handleSend } from './handle-send.js'

/**
 * The answer to one send request whose parameters have been read.
 * @example
 * answerSend(state, readJsonParams(text), 'POST') // { responses: [...] }
 */
export function answerSend(
  state: MockState,
  read: ReadParamsResult,
  method: 'GET' | 'POST',
): SendSmsAnswer | Record<string, unknown> {
  return finishAnswer(decide(state, read, method), state.quirks)
}

function decide(state: MockState, read: ReadParamsResult, method: 'GET' | 'POST'): SendSmsAnswer {
  if (!read.ok) return topLevel(1009)
  const fault = state.faults.take()
  if (fault) return topLevel(fault.code, fault.description)
  return handleSend(state, read.params, method)
}
