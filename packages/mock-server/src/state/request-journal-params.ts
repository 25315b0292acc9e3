/**
 * @module
 * What the request journal keeps of a request's parameters: the ones the mock read, with
 * every API key replaced by a fixed marker and every size bounded, so a test can read back
 * what was sent without the journal ever holding a key, and one request cannot fill it.
 *
 * The copy is made on the hot path, so it is a walk over the few fields a request has,
 * never a JSON.stringify: texts are cut by length (at `MAX_RECORDED_TEXT`, and all the
 * texts of one request together at `MAX_RECORDED_CHARS`), and the memory is estimated from
 * those lengths as the message journal estimates its own (journal-slots.ts).
 */

/**
 * What replaces an API key in a recorded request: never the key, never a hash of it.
 * @example
 * mock.requests.find({ endpoint: 'sendsms' })?.params?.apikey // '[redacted]'
 */
export const REDACTED = '[redacted]'

/**
 * The longest text kept of one parameter (or one field of a list item); a longer one is
 * cut to it and its length noted in `truncated`. Room for 1000 numbers in a `mobile` list.
 * @unit characters
 * @example
 * entry.params.message.length <= MAX_RECORDED_TEXT // true
 */
export const MAX_RECORDED_TEXT = 16_384

/**
 * The most one request keeps, all its parameters and list items together, in characters
 * of text (each field and item counted as the characters its own memory would hold); past
 * it texts are cut and later fields and items left out (noted in `truncated`). An entry's
 * parameters hold at most about twice this in bytes.
 * @unit characters
 * @example
 * // a 1 MiB sendbulk keeps its first items, and `truncated.smslist` says how many it had
 */
export const MAX_RECORDED_CHARS = 262_144

/**
 * A field of a recorded list item: a text, number, boolean or null as sent; an object or
 * an array (which the API does not take) as the marker `'[object]'` or `'[array]'`.
 * @example
 * const value: RecordedField = '0712345678'
 */
export type RecordedField = string | number | boolean | null

/**
 * A recorded parameter: text or a JSON number as read, a boolean flag (`hashed`), or a
 * list (`smslist`) of items.
 * @example
 * const value: RecordedValue = [{ mobile: '0712345678', apikey: '[redacted]' }]
 */
export type RecordedValue = string | number | boolean | Record<string, RecordedField>[]

/**
 * The recorded parameters, what was cut (`truncated`: a parameter, or `smslist.3.message`
 * for an item's field, to its original length; `smslist` to the number of items when
 * some were left out), and the estimated memory the copy holds.
 * @example
 * const recorded: RecordedParams = { params: { apikey: '[redacted]' }, truncated: undefined, bytes: 120 }
 */
export interface RecordedParams {
  params: Record<string, RecordedValue>
  truncated: Record<string, number> | undefined
  bytes: number
}

// Estimates of what V8 keeps, in bytes: the params object and a property of it; an item
// object; a string's header (two bytes a character on top, the worst case).
const PARAMS_BYTES = 64
const FIELD_BYTES = 16
const ITEM_BYTES = 48
const TEXT_BYTES = 24
// Keys are left whole up to this length; a longer (made-up) field name is cut.
const MAX_KEY_CHARS = 64
// A key this short would match inside ordinary text: only whole values equal to it go.
const MIN_KEY_IN_TEXT = 4

class Copier {
  left = MAX_RECORDED_CHARS
  bytes = PARAMS_BYTES
  truncated: Record<string, number> | undefined
  readonly keys: readonly string[]

  constructor(keys: readonly string[]) {
    this.keys = keys
  }

  /** Counts a field or an item that is not text: its memory, in characters. */
  slot(bytes: number): void {
    this.left -= bytes / 2
    this.bytes += bytes
  }

  text(value: string, name: string): string {
    let text = value
    for (const key of this.keys) {
      if (text === key) return this.#count(REDACTED)
      if (key.length >= MIN_KEY_IN_TEXT && text.includes(key)) text = text.replaceAll(key, REDACTED)
    }
    const keep = Math.max(0, Math.min(MAX_RECORDED_TEXT, Math.floor(this.left)))
    if (text.length <= keep) return this.#count(text)
    this.cut(name, value.length)
    return this.#count(text.slice(0, keep))
  }

  cut(name: string, length: number): void {
    if (this.truncated === undefined) this.truncated = {}
    this.truncated[name] = length
  }

  #count(text: string): string {
    this.slot(FIELD_BYTES + TEXT_BYTES + 2 * text.length)
    return text
  }
}

function isKeyName(name: string): boolean {
  return name.length === 6 && name.toLowerCase() === 'apikey'
}

function keyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  return typeof value === 'number' ? String(value) : undefined
}

// Every key the request carries: its own, and each item's (sendbulk reads the first, but
// a key in any item is a key).
function keysOf(params: Readonly<Record<string, unknown>>, lists: readonly string[]): string[] {
  const keys: string[] = []
  const own = keyText(params.apikey)
  if (own !== undefined) keys.push(own)
  for (const list of lists) {
    const items = params[list]
    if (!Array.isArray(items)) continue
    for (const item of items as Record<string, unknown>[]) {
      for (const name in item) {
        const key = isKeyName(name) ? keyText(item[name]) : undefined
        if (key !== undefined && !keys.includes(key)) keys.push(key)
      }
    }
  }
  return keys
}

function field(copier: Copier, value: unknown, name: string): RecordedField {
  if (typeof value === 'string') return copier.text(value, name)
  copier.slot(FIELD_BYTES)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value
  return Array.isArray(value) ? '[array]' : typeof value === 'object' ? '[object]' : null
}

function items(
  copier: Copier,
  list: readonly Record<string, unknown>[],
  name: string,
): Record<string, RecordedField>[] {
  const out: Record<string, RecordedField>[] = []
  for (let i = 0; i < list.length; i++) {
    // Each item costs something however small, so a list of empty objects is bounded too.
    if (copier.left <= 0) {
      copier.cut(name, list.length)
      break
    }
    copier.slot(ITEM_BYTES)
    const item = list[i] as Record<string, unknown>
    const copy: Record<string, RecordedField> = {}
    for (const key in item) {
      if (copier.left <= 0) {
        copier.cut(`${name}.${i}`, Object.keys(item).length)
        break
      }
      const shown = key.length > MAX_KEY_CHARS ? key.slice(0, MAX_KEY_CHARS) : key
      copier.slot(2 * shown.length)
      copy[shown] = isKeyName(key)
        ? copier.text(REDACTED, shown)
        : field(copier, item[key], `${name}.${i}.${shown}`)
    }
    out.push(copy)
  }
  return out
}

/**
 * The parameters as the journal keeps them. `params` is what the provider layer read
 * (read-params.ts: texts, JSON numbers, a boolean flag, lists of objects); `lists` names
 * the list parameters.
 * @example
 * recordParams({ apikey: 'sandbox-api-key', message: 'Hi' }, [])
 * // { params: { apikey: '[redacted]', message: 'Hi' }, truncated: undefined, bytes: … }
 */
export function recordParams(
  params: Readonly<Record<string, unknown>>,
  lists: readonly string[],
): RecordedParams {
  const copier = new Copier(keysOf(params, lists))
  const out: Record<string, RecordedValue> = {}
  for (const name in params) {
    const value = params[name]
    if (name === 'apikey') out[name] = copier.text(REDACTED, name)
    else if (typeof value === 'string') out[name] = copier.text(value, name)
    else if (Array.isArray(value)) out[name] = items(copier, value, name)
    else {
      copier.slot(FIELD_BYTES)
      out[name] = value as number | boolean
    }
  }
  return { params: out, truncated: copier.truncated, bytes: copier.bytes }
}
