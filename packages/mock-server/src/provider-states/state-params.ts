/**
 * @module
 * The parameters a provider state takes: each one's type, default and allowed values, and
 * `readStateParams`, which reads what a state change gives (the JSON `params`, and the
 * value written in a name such as `… with code 4090`) into checked values. A parameter the
 * state does not take is refused rather than ignored, so `{ "credits": 0 }` fails loudly.
 */

/**
 * The type of a state parameter, as JSON has it (`integer` a whole number).
 * @example
 * const type: StateParamType = 'integer'
 */
export type StateParamType = 'integer' | 'number' | 'string' | 'boolean'

/**
 * A value a state parameter holds.
 * @example
 * const value: StateParamValue = 4090
 */
export type StateParamValue = string | number | boolean

/**
 * One parameter of a provider state. Without a `default` it is required, unless `optional`.
 * @example
 * const code: StateParam = { type: 'integer', description: 'The top-level code to answer.' }
 */
export interface StateParam {
  type: StateParamType
  description: string
  default?: StateParamValue
  /** May be left out, with no default (the state then does without it). */
  optional?: boolean
  /** The only values it takes, when they are few. */
  values?: readonly StateParamValue[]
}

/**
 * The parameters of one state, by name.
 * @example
 * const params: StateParams = { credit: { type: 'number', description: 'The credit.' } }
 */
export type StateParams = Readonly<Record<string, StateParam>>

/**
 * Checked parameter values, by name; absent for an optional parameter left out.
 * @example
 * const values: StateParamValues = { code: 4090, reset: true }
 */
export type StateParamValues = Readonly<Record<string, StateParamValue | undefined>>

/**
 * The parameter every state takes: whether its setup starts from a reset (and its
 * teardown resets). `false` lets a second state of one interaction add to the first.
 * @example
 * RESET_PARAM.default // true
 */
export const RESET_PARAM: StateParam = Object.freeze({
  type: 'boolean',
  description:
    'Start the setup from a reset, and reset on teardown. false keeps what earlier states set.',
  default: true,
})

// A value written in a name is text: `… with code 4090` gives '4090' for an integer.
function fromText(type: StateParamType, text: string): StateParamValue | undefined {
  if (type === 'string') return text
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined
  return Number(text)
}

function typed(param: StateParam, value: unknown): StateParamValue | undefined {
  const { type } = param
  const read = typeof value === 'string' && type !== 'string' ? fromText(type, value) : value
  if (type === 'integer') return Number.isSafeInteger(read) ? (read as number) : undefined
  if (type === 'number') {
    return typeof read === 'number' && Number.isFinite(read) ? read : undefined
  }
  return typeof read === type ? (read as StateParamValue) : undefined
}

function checked(name: string, param: StateParam, value: unknown): StateParamValue {
  const read = typed(param, value)
  const article = param.type === 'integer' ? 'an' : 'a'
  if (read === undefined) {
    throw new TypeError(`The parameter ${name} must be ${article} ${param.type}.`)
  }
  if (param.values !== undefined && !param.values.includes(read)) {
    throw new TypeError(`The parameter ${name} must be one of ${param.values.join(', ')}.`)
  }
  return read
}

/**
 * Reads a state change's parameters against `declared`: `given` is its JSON `params`,
 * `named` the values written in its name. Fills defaults; throws a TypeError naming the
 * parameter that is unknown, missing, of the wrong type, or given twice with two values.
 * @example
 * readStateParams({ code: { type: 'integer', description: 'The code.' } }, { code: 4090 }, { code: '4090' })
 * // { code: 4090 }
 */
export function readStateParams(
  declared: StateParams,
  given: Readonly<Record<string, unknown>>,
  named: Readonly<Record<string, string>> = {},
): StateParamValues {
  const known = Object.keys(declared)
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(declared, key)) {
      const takes = known.length === 0 ? 'none' : known.join(', ')
      throw new TypeError(`${key} is not a parameter of this state; it takes ${takes}.`)
    }
  }
  const values: Record<string, StateParamValue | undefined> = {}
  for (const [name, param] of Object.entries(declared)) {
    const inName = Object.hasOwn(named, name) ? checked(name, param, named[name]) : undefined
    const inParams = given[name] === undefined ? undefined : checked(name, param, given[name])
    if (inName !== undefined && inParams !== undefined && inName !== inParams) {
      throw new TypeError(
        `The parameter ${name} is ${inParams}, but the state's name says ${inName}.`,
      )
    }
    const value = inParams ?? inName ?? param.default
    if (value === undefined && param.optional !== true) {
      throw new TypeError(`The state needs the parameter ${name}.`)
    }
    values[name] = value
  }
  return values
}
