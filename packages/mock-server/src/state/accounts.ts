/**
 * @module
 * The accounts the mock knows: credentials, assigned shortcodes and remaining credit.
 */

/**
 * One provider account as the mock holds it.
 * @example
 * const acme: MockAccount = { partnerID: '777', apikey: 'acme-key', shortcodes: ['ACME'], credit: 100 }
 */
export interface MockAccount {
  /** Partner ID, compared as a string (JSON numbers are accepted on the wire). */
  partnerID: string
  /** API key; never logged, never listed over HTTP. */
  apikey: string
  /** Sender IDs assigned to the account, case-sensitive. */
  shortcodes: string[]
  /** Credits left; one credit per SMS part per accepted recipient. */
  credit: number
  /**
   * Where delivery reports are POSTed when they arrive (http or https), as the provider's
   * account settings take it. Default none: no callbacks.
   */
  callbackUrl?: string
}

/**
 * The credit of an account nobody gave one: the sandbox's, and that of accounts added
 * from the command line or over HTTP without `credit`.
 * @example
 * parseAccountFlag('777:key:ACME').credit === DEFAULT_CREDIT // true
 */
export const DEFAULT_CREDIT = 10_000_000

/**
 * The account every mock starts with, so it works with no configuration.
 * @example
 * import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
 * fetch(`${url}/api/services/sendsms?apikey=${SANDBOX_ACCOUNT.apikey}&partnerID=${SANDBOX_ACCOUNT.partnerID}&shortcode=SANDBOX&mobile=254712345678&message=Hi`)
 */
export const SANDBOX_ACCOUNT: MockAccount = Object.freeze({
  partnerID: '12345',
  apikey: 'sandbox-api-key',
  shortcodes: Object.freeze(['SANDBOX']) as unknown as string[],
  credit: DEFAULT_CREDIT,
})

/**
 * The accounts of one mock. Returned accounts are copies: change them with `upsert`/`setCredit`.
 * @example
 * mock.accounts.setCredit('12345', 0) // the next send answers 1004
 */
export interface AccountStore {
  /** The account with this partner ID (a copy), or undefined. */
  get(partnerID: string): MockAccount | undefined
  /**
   * The stored account itself, not a copy, for the rules, which read it on every request:
   * copying it each time was a measurable part of a send. Read it; never change it.
   */
  peek(partnerID: string): Readonly<MockAccount> | undefined
  /** Adds an account, or replaces the one with the same partner ID. */
  upsert(account: MockAccount): MockAccount
  /** Every account, in the order they were added. */
  list(): MockAccount[]
  /** Sets the credit of an account; throws when the partner ID is unknown. */
  setCredit(partnerID: string, credit: number): void
  /** Takes `amount` credits; false (and nothing taken) when the account has fewer. */
  charge(partnerID: string, amount: number): boolean
  /** Back to the accounts the store was created with. */
  reset(): void
}

/**
 * Checks an account and returns a clean copy; throws a TypeError saying what is wrong.
 * @example
 * checkAccount({ partnerID: '1', apikey: 'k', shortcodes: ['S'], credit: 10 })
 */
export function checkAccount(account: MockAccount): MockAccount {
  const { partnerID, apikey, shortcodes, credit } = account
  if (typeof partnerID !== 'string' || partnerID.trim() === '') {
    throw new TypeError('account.partnerID must be a non-empty string')
  }
  if (typeof apikey !== 'string' || apikey === '') {
    throw new TypeError(`account ${partnerID}: apikey must be a non-empty string`)
  }
  if (!Array.isArray(shortcodes) || !shortcodes.every((s) => typeof s === 'string' && s !== '')) {
    throw new TypeError(`account ${partnerID}: shortcodes must be a list of non-empty strings`)
  }
  checkCredit(credit, partnerID)
  const clean: MockAccount = { partnerID, apikey, shortcodes: [...shortcodes], credit }
  const callbackUrl = checkCallbackUrl(account.callbackUrl, partnerID)
  if (callbackUrl !== undefined) clean.callbackUrl = callbackUrl
  return clean
}

// null or '' clear a callback URL (the control API updates accounts in part).
function checkCallbackUrl(url: unknown, partnerID: string): string | undefined {
  if (url === undefined || url === null || url === '') return undefined
  const parsed = typeof url === 'string' && URL.canParse(url) ? new URL(url) : undefined
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new TypeError(`account ${partnerID}: callbackUrl must be an http or https URL`)
  }
  return url as string
}

function checkCredit(credit: unknown, partnerID: string): asserts credit is number {
  if (typeof credit !== 'number' || !Number.isFinite(credit) || credit < 0) {
    throw new TypeError(`account ${partnerID}: credit must be a number >= 0`)
  }
}

/**
 * Creates a store holding copies of `initial`.
 * @example
 * const store = createAccountStore([SANDBOX_ACCOUNT])
 * store.setCredit('12345', 0)
 */
export function createAccountStore(initial: readonly MockAccount[]): AccountStore {
  const start = initial.map(checkAccount)
  let accounts = new Map<string, MockAccount>()
  const copy = (a: MockAccount): MockAccount => ({ ...a, shortcodes: [...a.shortcodes] })
  const reset = (): void => {
    accounts = new Map(start.map((a) => [a.partnerID, copy(a)]))
  }
  reset()
  return {
    get: (partnerID) => {
      const found = accounts.get(partnerID)
      return found ? copy(found) : undefined
    },
    peek: (partnerID) => accounts.get(partnerID),
    upsert: (account) => {
      const clean = checkAccount(account)
      accounts.set(clean.partnerID, clean)
      return copy(clean)
    },
    list: () => [...accounts.values()].map(copy),
    setCredit: (partnerID, credit) => {
      const found = accounts.get(partnerID)
      if (!found) throw new RangeError(`No account with partnerID ${partnerID}`)
      checkCredit(credit, partnerID)
      found.credit = credit
    },
    charge: (partnerID, amount) => {
      const found = accounts.get(partnerID)
      if (!found || found.credit < amount) return false
      found.credit -= amount
      return true
    },
    reset,
  }
}
