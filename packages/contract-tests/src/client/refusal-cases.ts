/**
 * @module
 * Every request-wide refusal the client consumer records: how it is provoked (credentials
 * or a provider state) and the typed error the client must throw for it.
 */
import {
  type ApiError,
  InvalidCredentialsError,
  InvalidSenderIdError,
  LowCreditError,
  NoApiKeyError,
  NoPartnerIdError,
  SystemError,
  TooManyContactsError,
  TryLaterError,
  UnsupportedDataTypeError,
  UnsupportedRequestTypeError,
} from '@sendsms/client'
import type { CredentialOverrides } from '../fixtures/sandbox.js'
import {
  nextSendAnswers,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from '../states/provider-states.js'

/**
 * One refusal: what provokes it and what the client must make of it.
 * @example
 * const wrongKey: RefusalCase = { why: 'a wrong apikey', state: SANDBOX_ACCOUNT_EXISTS, credentials: { apikey: 'wrong-api-key' }, code: 1006, errorClass: InvalidCredentialsError }
 */
export interface RefusalCase {
  why: string
  state: string
  stateParams?: Record<string, number>
  credentials?: CredentialOverrides
  method?: 'GET' | 'POST'
  code: number
  errorClass: abstract new (...args: never[]) => ApiError
}

/**
 * A code the real client can never provoke by its input (it refuses more than 1000
 * numbers itself, always sends JSON, only uses GET and POST), so the provider state
 * makes the API answer it.
 * @example
 * injected(4090, TryLaterError).state // 'the API answers the next send with code 4090'
 */
export function injected(code: number, errorClass: RefusalCase['errorClass']): RefusalCase {
  return {
    why: 'injected by the provider state',
    state: nextSendAnswers(code),
    stateParams: { code },
    code,
    errorClass,
  }
}

/**
 * The refusals, each recorded as one interaction.
 * @example
 * it.each(REFUSALS)('throws the typed error for code $code ($why)', async (refusal) => { … })
 */
export const REFUSALS: RefusalCase[] = [
  {
    why: 'no apikey configured',
    state: SANDBOX_ACCOUNT_EXISTS,
    credentials: { apikey: null },
    code: 4092,
    errorClass: NoApiKeyError,
  },
  {
    why: 'no partnerID configured',
    state: SANDBOX_ACCOUNT_EXISTS,
    credentials: { partnerID: null },
    code: 4091,
    errorClass: NoPartnerIdError,
  },
  {
    why: 'a wrong apikey',
    state: SANDBOX_ACCOUNT_EXISTS,
    credentials: { apikey: 'wrong-api-key' },
    code: 1006,
    errorClass: InvalidCredentialsError,
  },
  {
    why: 'a wrong apikey, by GET',
    state: SANDBOX_ACCOUNT_EXISTS,
    credentials: { apikey: 'wrong-api-key' },
    method: 'GET',
    code: 1006,
    errorClass: InvalidCredentialsError,
  },
  {
    why: 'a shortcode the account does not own',
    state: SANDBOX_ACCOUNT_EXISTS,
    credentials: { shortcode: 'NOT-OURS' },
    code: 1001,
    errorClass: InvalidSenderIdError,
  },
  {
    why: 'an account with no credit',
    state: SANDBOX_ACCOUNT_HAS_NO_CREDIT,
    code: 1004,
    errorClass: LowCreditError,
  },
  injected(1104, TooManyContactsError),
  injected(1009, UnsupportedDataTypeError),
  injected(1010, UnsupportedRequestTypeError),
  injected(4090, TryLaterError),
  injected(1005, SystemError),
  injected(1007, SystemError),
]
