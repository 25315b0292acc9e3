/**
 * @module
 * What the inbox reads of one mock (the root or a namespace): its state, its conversation
 * index and its events. Kept beside the state rather than in it, so a namespace's are found
 * from the root through the namespace's state.
 */
import type { MockState } from '../state/mock-state.js'
import type { InboxEvents } from './inbox-events.js'
import type { RecipientIndex } from './recipient-index.js'

/**
 * The inbox side of one mock.
 * @example
 * const source: InboxSource = { namespace: undefined, state, index, events }
 */
export interface InboxSource {
  /** The namespace's name; undefined for the root. */
  readonly namespace: string | undefined
  readonly state: MockState
  readonly index: RecipientIndex
  readonly events: InboxEvents
}

const sources = new WeakMap<MockState, InboxSource>()

/**
 * Keeps `source` as the inbox side of its state.
 * @example
 * keepInboxSource({ namespace: 'ci-1', state, index, events })
 */
export function keepInboxSource(source: InboxSource): void {
  sources.set(source.state, source)
}

/**
 * The inbox side of a mock's state, if it has one.
 * @example
 * inboxSourceOf(namespace.state)?.index.size
 */
export function inboxSourceOf(state: MockState): InboxSource | undefined {
  return sources.get(state)
}
