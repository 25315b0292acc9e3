/**
 * @module
 * The text a send carries and what it costs each recipient: the caller's message under its
 * `nonGsm` policy, then its encoding and parts, which go into the result so a caller sees
 * that one emoji made a 66-character message cost two parts.
 */
import { analyzeMessage, type MessageAnalysis } from '@sendsms/wire'
import type { TextPolicy } from '../message/text-policy.js'
import { checkMessage } from './validate-input.js'

/**
 * The message as it is sent, and its encoding and parts per recipient.
 * @example
 * const text: SentText = { message: 'Hi', encoding: 'GSM-7', parts: 1 }
 */
export interface SentText {
  /** The text sent: the caller's, or its transliteration under `nonGsm: 'transliterate'`. */
  message: string
  encoding: MessageAnalysis['encoding']
  /** Parts each recipient is charged. */
  parts: number
}

/**
 * Applies the send's `nonGsm` policy to its (already checked) message and analyses the
 * result. Throws `InvalidRequestError` for `refuse` with characters outside GSM-7, for an
 * unknown policy, and for a message that transliterates to nothing.
 * @example
 * await prepareText('Bei ni “50”', 'transliterate') // { message: 'Bei ni "50"', encoding: 'GSM-7', parts: 1 }
 */
export async function prepareText(
  message: string,
  policy: TextPolicy | undefined,
): Promise<SentText> {
  // `send` needs nothing but the analysis. The other policies load their code on first use,
  // so an app that never refuses or transliterates does not ship the look-alike table.
  const text =
    policy === undefined || policy === 'send'
      ? message
      : checkMessage(
          (await import('../message/text-policy.js')).applyTextPolicy(message, policy).message,
        )
  const { encoding, parts } = analyzeMessage(text)
  return { message: text, encoding, parts }
}
