/**
 * @module
 * The invalid-number state. A number's validity is the API's rule, not something set up, so
 * the state changes nothing: it names a number of the kind asked for, for a pact to send
 * (`fromProviderState('${mobile}', …)` injects the result). `malformed`: too short to be a
 * number, refused at once with a 1003 row. `magic`: a well-formed Safaricom number that does
 * not exist, accepted and later reported `AbsentSubscriber`, as the delivery-status page
 * describes invalid numbers.
 */
import { MAGIC_NUMBERS, type MagicNumber } from '../state/deliveries-magic.js'
import { declareState, placeholder } from './state-declaration.js'
import { invalidNumber, NUMBER_IS_INVALID } from './state-names.js'

/** Too few digits for any network: the rules refuse it with a 1003 row. */
const MALFORMED_NUMBER = '07123'

const ABSENT = MAGIC_NUMBERS.find((m) => m.outcome === 'AbsentSubscriber') as MagicNumber

/**
 * The number states.
 * @example
 * NUMBER_STATES[0].names // ['a number is invalid', 'a {kind} number is invalid']
 */
export const NUMBER_STATES = [
  declareState({
    names: [NUMBER_IS_INVALID, invalidNumber(placeholder('kind'))],
    description:
      'Names an invalid number (result mobile): malformed, refused with a 1003 row; or magic, accepted and reported AbsentSubscriber.',
    params: {
      kind: {
        type: 'string',
        description: 'Which invalid number.',
        default: 'malformed',
        values: ['malformed', 'magic'],
      },
    },
    setup: (_state, params) =>
      params.kind === 'magic'
        ? { kind: 'magic', mobile: ABSENT.msisdn, outcome: ABSENT.outcome }
        : { kind: 'malformed', mobile: MALFORMED_NUMBER },
  }),
]
