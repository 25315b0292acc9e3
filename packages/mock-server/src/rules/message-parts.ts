/**
 * @module
 * How many SMS parts a message costs: GSM-7 text fits 160 characters in one part and
 * 153 per part when split; anything outside GSM-7 is sent as UCS-2 (70, or 67 per part).
 * The counting is `@sendsms/wire`'s `messageParts` (what `analyzeMessage(text).parts`
 * gives, without listing characters: every message of every send is counted, hostile
 * megabyte ones included), so the mock charges exactly what the client predicts, from the
 * one copy of the GSM 03.38 tables.
 */
import { messageParts as countParts } from '@sendsms/wire'

/**
 * The number of parts (and so credits per recipient) a message costs. An extension
 * character or an emoji is never split between two parts, so one at a part's boundary
 * moves to the next.
 * @example
 * messageParts('Hello') // 1
 * messageParts('a'.repeat(161)) // 2
 * messageParts('Habari 😀') // 1 (UCS-2)
 */
export function messageParts(text: string): number {
  return countParts(text)
}
