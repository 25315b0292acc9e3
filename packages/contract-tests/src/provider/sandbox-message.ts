/**
 * @module
 * Sends one message of the sandbox account through the running mock's own `sendsms`
 * endpoint, in-process, so a report state is built by the mock's real rules (journal, ids,
 * delivery lifecycle) and not by writing its state by hand.
 */
import { MAGIC_NUMBERS, type MagicNumber, type Mock } from '@sendsms/mock-server'
import { SANDBOX_PARAMS } from '@sendsms/test-fixtures'
import { ENDPOINTS, readCode, SUCCESS_CODE } from '@sendsms/wire'

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

/**
 * Stops the mock's clock at the time now, so only the state moves it; the verifier's reset
 * makes it real again. Reports then carry today's times, which the contracts match by
 * format (a fixed date would one day be in the past, where the clock cannot go).
 * @example
 * pinClock(mock)
 * await mock.clock.advance('20s')
 */
export function pinClock(mock: Mock): void {
  mock.clock.setVirtual(true)
}

/**
 * Sends "Hello" to `mobile` (optionally at `timeToSend`) and resolves with the message id of
 * its accepted row; throws when the mock did not accept it.
 * @example
 * const id = await sendSandboxMessage(mock, { mobile: '254712345678' }) // '100000001'
 */
export async function sendSandboxMessage(
  mock: Mock,
  fields: { mobile: string; timeToSend?: string },
): Promise<string> {
  const response = await mock.app.request(ENDPOINTS.sendsms.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...SANDBOX_PARAMS, message: 'Hello', ...fields }),
  })
  const answer = (await response.json()) as { responses?: Record<string, unknown>[] }
  const [row] = answer.responses ?? []
  if (!row || readCode(row) !== SUCCESS_CODE) {
    throw new Error(`The mock did not accept the message: ${JSON.stringify(answer)}`)
  }
  return String(row.messageid)
}
