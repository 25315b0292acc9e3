/**
 * @module
 * The options a namespace's mock is made with: the root's own (accounts as configured,
 * profile, clock, codes, control access), with the namespace's byte budget on each of its
 * journals (messages, requests, pending callbacks, callback attempts) and its name on each of its request log entries.
 */
import type { MockOptions } from '../create-mock.js'
import type { NamespaceSettings } from './namespace-options.js'

/**
 * The options of namespace `name`'s mock, from the root's.
 * @example
 * createMockWithState(namespaceMockOptions(options, 'ci-job-42', namespaceSettings(options)), 'ci-job-42')
 */
export function namespaceMockOptions(
  root: MockOptions,
  name: string,
  settings: NamespaceSettings,
): MockOptions {
  const { journalBytes } = settings
  const options: MockOptions = {
    ...root,
    journalBytes,
    requestJournalBytes: journalBytes,
    callbacks: { ...root.callbacks, maxPendingBytes: journalBytes, maxRecordedBytes: journalBytes },
  }
  const log = root.log
  if (log !== undefined) {
    // Set on the entry itself: the fast path builds every entry with one shape, and only a
    // namespace's entries take the extra field.
    options.log = (entry) => {
      entry.namespace = name
      log(entry)
    }
  }
  return options
}
