/**
 * @module
 * The inbox's conversations: one row per recipient the journal holds, with its message
 * count and the ids of its latest messages, kept newest first in a linked list. It is a
 * `JournalWatcher`, attached to the journal when the inbox is first used (it then reads the
 * journal once), so it changes as the journal keeps and lets go of entries (each an
 * O(1) step), never by reading the journal again: a page of the newest conversations of a
 * million-message journal walks only that page. Its memory is counted in the journal's
 * byte budget, so the journal lets older messages go sooner rather than grow past it.
 */
import { recipientOf } from '../state/deliveries.js'
import type { JournalWatcher } from '../state/journal.js'

/**
 * The latest messages of a conversation the index keeps ids for; older ones are still
 * counted, and found by a search of the journal.
 * @example
 * conversation.ids.length <= MAX_THREAD_IDS // true
 */
export const MAX_THREAD_IDS = 100

/**
 * One recipient's conversation.
 * @example
 * const row: Conversation | undefined = index.get('254712345678')
 * row?.count // 2
 */
export interface Conversation {
  /** The recipient: its number in 254 form, or the hash of a hashed send. */
  readonly recipient: string
  /** Messages the journal holds for it. */
  count: number
  /** Ids of its latest messages (at most `MAX_THREAD_IDS`), oldest first. */
  readonly ids: number[]
  /** The receive time of its newest message, ms since the epoch. */
  lastAt: number
  /**
   * When its newest message was journaled, as a number that only increases across every
   * journal of the process, so conversations of the root and of its namespaces merge into
   * one order.
   */
  activity: number
  newer: Conversation | undefined
  older: Conversation | undefined
}

/**
 * The index of one journal.
 * @example
 * const index = createRecipientIndex()
 * createJournal({ watcher: index })
 * [...index.rows()][0]?.recipient // the number of the newest message
 */
export interface RecipientIndex extends JournalWatcher {
  /** Conversations, newest first. */
  rows(): IterableIterator<Conversation>
  /** One recipient's conversation, or undefined. */
  get(recipient: string): Conversation | undefined
  /** Conversations held. */
  readonly size: number
  /** Estimated memory the index holds (counted in the journal's budget). @unit bytes */
  readonly bytes: number
}

// Estimates of what V8 keeps, in bytes: a row object (seven fields), its Map entry and its
// ids array; a recipient's text (two bytes a character, the worst case); one kept id.
const ROW_BYTES = 176
const ID_BYTES = 8

function rowBytes(recipient: string): number {
  return ROW_BYTES + 2 * recipient.length
}

/**
 * Creates an empty index; pass it as the journal's `watcher`.
 * @example
 * const index = createRecipientIndex()
 * const journal = createJournal({ watcher: index })
 */
export function createRecipientIndex(): RecipientIndex {
  const byRecipient = new Map<string, Conversation>()
  let newest: Conversation | undefined
  let bytes = 0

  const unlink = (row: Conversation): void => {
    if (row.newer) row.newer.older = row.older
    else newest = row.older
    if (row.older) row.older.newer = row.newer
    row.newer = undefined
    row.older = undefined
  }
  const toFront = (row: Conversation): void => {
    row.older = newest
    row.newer = undefined
    if (newest) newest.newer = row
    newest = row
  }

  return {
    added: (entry, messageId, sequence) => {
      const recipient = recipientOf(entry)
      let row = byRecipient.get(recipient)
      let added = ID_BYTES
      if (row === undefined) {
        row = {
          recipient,
          count: 0,
          ids: [],
          lastAt: 0,
          activity: 0,
          newer: undefined,
          older: undefined,
        }
        byRecipient.set(recipient, row)
        added += rowBytes(recipient)
      } else {
        unlink(row)
      }
      row.count += 1
      row.ids.push(messageId)
      if (row.ids.length > MAX_THREAD_IDS) {
        row.ids.shift()
        added -= ID_BYTES
      }
      row.lastAt = Date.parse(entry.receivedAt)
      row.activity = sequence
      toFront(row)
      bytes += added
      return added
    },
    removed: (entry) => {
      const row = byRecipient.get(recipientOf(entry))
      if (row === undefined) return 0
      let freed = 0
      row.count -= 1
      // The journal lets its oldest entry go: the oldest id kept, when it is still kept.
      if (row.ids[0] === Number(entry.messageId)) {
        row.ids.shift()
        freed += ID_BYTES
      }
      if (row.count <= 0) {
        unlink(row)
        byRecipient.delete(row.recipient)
        freed += rowBytes(row.recipient) + ID_BYTES * row.ids.length
      }
      bytes -= freed
      return freed
    },
    cleared: () => {
      byRecipient.clear()
      newest = undefined
      bytes = 0
    },
    *rows() {
      for (let row = newest; row; row = row.older) yield row
    },
    get: (recipient) => byRecipient.get(recipient),
    get size() {
      return byRecipient.size
    },
    get bytes() {
      return bytes
    },
  }
}
