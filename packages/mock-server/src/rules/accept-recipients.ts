/**
 * @module
 * The one way a message is accepted, for every send endpoint (sendsms, sendotp, sendbulk):
 * the request's credit is charged all or nothing, then each accepted recipient gets a new
 * message id and a journal entry, and every recipient its row. Whatever reads the journal
 * (`GET /__mock/messages`, delivery reports) therefore sees every accepted message, from
 * whichever endpoint, in one shape. A request the account cannot pay for in full sends
 * nothing and is answered as the active profile says: a row per recipient that would
 * have been accepted, or the top-level 1004.
 */
import { integerText } from '@sendsms/wire'
import {
  type ProviderAnswer,
  type RowAnswer,
  type RowsAnswer,
  topLevel,
} from '../provider/answers.js'
import type { MockAccount } from '../state/accounts.js'
import type { JournalEntry, SendEndpointName } from '../state/journal.js'
import type { MockState } from '../state/mock-state.js'
import { messageParts } from './message-parts.js'
import { NETWORKS, type NumberVerdict } from './numbers.js'
import {
  type AcceptedRecipient,
  acceptedRowFor,
  lowCreditRow,
  refusedRowFor,
} from './recipient-rows.js'

/**
 * What the rules made of one recipient: a number (Kenyan, another country's, invalid), a
 * hash (a hashed send), or a sendbulk item without a message.
 * @example
 * const verdict: RecipientVerdict = { kind: 'hashed' }
 */
export type RecipientVerdict = NumberVerdict | { kind: 'hashed' } | { kind: 'no-message' }

/**
 * One message and its recipients: every number of a sendsms or sendotp request, or one
 * sendbulk item.
 * @example
 * const batch: MessageBatch = { message: 'Hi', given: ['0712345678'], verdicts: [classifyNumber('0712345678')] }
 */
export interface MessageBatch {
  readonly message: string
  /** The recipients as the request gave them, echoed in refused and low-credit rows. */
  readonly given: readonly string[]
  /** One verdict per item of `given`. */
  readonly verdicts: readonly RecipientVerdict[]
  /** sendbulk: the item's own id, echoed in its row and journaled. */
  readonly clientsmsid?: string | number | undefined
}

/**
 * What a send request shares across its messages.
 * @example
 * const order: SendOrder = { endpoint: 'sendsms', account, shortcode: 'SANDBOX', method: 'POST', at: undefined }
 */
export interface SendOrder {
  readonly endpoint: SendEndpointName
  readonly account: Readonly<MockAccount>
  readonly shortcode: string
  readonly method: 'GET' | 'POST'
  /** When to send (`timeToSend`); a time not in the future, or none, is sent now. */
  readonly at: Date | undefined
}

function refusalCode(verdict: RecipientVerdict): 1002 | 1003 | 4093 {
  if (verdict.kind === 'foreign') return 1002
  return verdict.kind === 'no-message' ? 4093 : 1003
}

/**
 * Charges, journals and answers one send: rows in the order of the batches and their
 * recipients. Refused recipients cost nothing; a request whose recipients are all refused
 * needs no credit.
 * @example
 * acceptRecipients(state, order, [{ message: 'Hi', given: ['0712345678'], verdicts: [classifyNumber('0712345678')] }])
 * // { responses: [{ 'response-code': 200, … }] }
 */
export function acceptRecipients(
  state: MockState,
  order: SendOrder,
  batches: readonly MessageBatch[],
): ProviderAnswer {
  const parts = new Array<number>(batches.length)
  let required = 0
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b] as MessageBatch
    let accepted = 0
    for (const verdict of batch.verdicts) {
      if (verdict.kind === 'kenyan' || verdict.kind === 'hashed') accepted += 1
    }
    parts[b] = accepted === 0 ? 0 : messageParts(batch.message)
    required += (parts[b] as number) * accepted
  }
  const { account } = order
  const balance = account.credit
  // All or nothing: a request the account cannot pay for in full sends nothing.
  if (!state.accounts.charge(account.partnerID, required)) {
    if (state.profile.lowCredit === 'top-level') return topLevel(1004)
    return lowCreditRows(batches, balance, required)
  }

  const receivedAt = state.now()
  const scheduled = order.at !== undefined && order.at.getTime() > receivedAt.getTime()
  // One string per request, shared by its entries: a 1000-number send used to build
  // 1000 equal ISO strings (and promote them all to the old generation with the journal).
  const shared: SharedFields = {
    receivedAt: isoTime(receivedAt),
    sendAt: scheduled && order.at ? order.at.toISOString() : null,
    status: scheduled ? 'scheduled' : 'sent',
  }
  const rows: RowAnswer[] = []
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b] as MessageBatch
    const { verdicts, given, clientsmsid } = batch
    for (let i = 0; i < verdicts.length; i++) {
      const verdict = verdicts[i] as RecipientVerdict
      const asGiven = given[i] as string
      if (verdict.kind !== 'kenyan' && verdict.kind !== 'hashed') {
        rows.push(refusedRowFor(refusalCode(verdict), asGiven, clientsmsid))
        continue
      }
      const messageId = state.nextMessageId++
      const recipient: AcceptedRecipient =
        verdict.kind === 'kenyan'
          ? { msisdn: verdict.msisdn, hash: undefined, networkId: verdict.networkId }
          : { msisdn: undefined, hash: asGiven, networkId: NETWORKS.safaricom }
      state.journal.add(entryOf(order, batch, recipient, messageId, parts[b] as number, shared))
      rows.push(acceptedRowFor(order.endpoint, recipient, messageId, clientsmsid))
    }
  }
  return { responses: rows }
}

// What every entry of one request shares.
interface SharedFields {
  receivedAt: string
  sendAt: string | null
  status: JournalEntry['status']
}

function entryOf(
  order: SendOrder,
  batch: MessageBatch,
  recipient: AcceptedRecipient,
  messageId: number,
  parts: number,
  shared: SharedFields,
): JournalEntry {
  const { partnerID } = order.account
  const { shortcode, method, endpoint } = order
  const { message, clientsmsid } = batch
  const { msisdn, networkId } = recipient
  const { status, sendAt, receivedAt } = shared
  // The journal holds ids as the client returns them: digits.
  const id = integerText(messageId)
  const entry: JournalEntry =
    msisdn === undefined
      ? {
          messageId: id,
          partnerID,
          shortcode,
          hash: (recipient.hash as string).toLowerCase(),
          networkId,
          message,
          status,
          sendAt,
          receivedAt,
          method,
          parts,
          endpoint,
        }
      : {
          messageId: id,
          partnerID,
          shortcode,
          mobile: msisdn,
          networkId,
          message,
          status,
          sendAt,
          receivedAt,
          method,
          parts,
          endpoint,
        }
  if (clientsmsid !== undefined) entry.clientsmsid = clientsmsid
  return entry
}

function lowCreditRows(
  batches: readonly MessageBatch[],
  balance: number,
  required: number,
): RowsAnswer {
  const rows: RowAnswer[] = []
  for (const { verdicts, given, clientsmsid } of batches) {
    for (let i = 0; i < verdicts.length; i++) {
      const verdict = verdicts[i] as RecipientVerdict
      const asGiven = given[i] as string
      rows.push(
        verdict.kind === 'kenyan' || verdict.kind === 'hashed'
          ? lowCreditRow(asGiven, balance, required, clientsmsid)
          : refusedRowFor(refusalCode(verdict), asGiven, clientsmsid),
      )
    }
  }
  return { responses: rows }
}

// Under load many sends share a millisecond, and formatting a Date was a measurable part
// of a one-number send (bench/README.md): the last formatted time is kept.
let lastTime = Number.NaN
let lastIso = ''

function isoTime(date: Date): string {
  const time = date.getTime()
  if (time !== lastTime) {
    // An invalid Date (from a caller's `now`) throws here, as before: answered 1005.
    lastIso = date.toISOString()
    lastTime = time
  }
  return lastIso
}
