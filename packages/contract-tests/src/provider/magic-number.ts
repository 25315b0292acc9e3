/**
 * @module
 * The mock's magic numbers by outcome, so a state names the outcome it needs and not a
 * number copied from the mock's table.
 */
import { MAGIC_NUMBERS, type MagicNumber } from '@sendsms/mock-server'

/**
 * The mock's magic number whose messages end in `outcome`; throws when it has none.
 * @example
 * magicNumber('AbsentSubscriber').msisdn // '254700000002'
 */
export function magicNumber(outcome: MagicNumber['outcome']): MagicNumber {
  const magic = MAGIC_NUMBERS.find((number) => number.outcome === outcome)
  if (!magic) throw new Error(`The mock has no magic number that ends as ${outcome}`)
  return magic
}
