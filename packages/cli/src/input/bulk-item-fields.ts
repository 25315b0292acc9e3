/**
 * The fields of one message of a bulk file, under the names a JSON file or a CSV header may
 * give them: the number (`to`, `mobile`, `number`, `phone`), the text (`message`) and the
 * caller's own id (`clientSmsId`, however it is cased or separated: `clientsmsid`,
 * `client_sms_id`, `Client SMS ID`).
 */

/**
 * Which field of a bulk item a name stands for, or `undefined` for a name the CLI ignores.
 * Case, spaces, `_` and `-` do not matter.
 *
 * @example
 * ```ts
 * bulkFieldOf('Mobile')        // 'to'
 * bulkFieldOf('client_sms_id') // 'clientSmsId'
 * bulkFieldOf('name')          // undefined
 * ```
 */
export function bulkFieldOf(name: string): 'to' | 'message' | 'clientSmsId' | undefined {
  const key = name.toLowerCase().replace(/[\s_-]/g, '')
  if (key === 'to' || key === 'mobile' || key === 'number' || key === 'phone') return 'to'
  if (key === 'message') return 'message'
  if (key === 'clientsmsid') return 'clientSmsId'
  return undefined
}

/**
 * A client id read from text (a CSV cell): an integer without leading zeros becomes a number,
 * as the provider's docs send `clientsmsid`; anything else stays text, and blank is none.
 *
 * @example
 * ```ts
 * clientIdOf('1001')  // 1001
 * clientIdOf('007')   // '007'
 * clientIdOf(' ')     // undefined
 * ```
 */
export function clientIdOf(text: string): string | number | undefined {
  const value = text.trim()
  if (value === '') return undefined
  return /^(?:0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value
}
