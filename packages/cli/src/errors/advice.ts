/**
 * One actionable hint per provider code, printed under the error line, because a bare
 * "1006 Invalid credentials" does not say which flag or variable to fix.
 */

const ADVICE: Readonly<Record<number, string>> = {
  1001: 'Check --shortcode (ADVANTA_SHORTCODE): it must be a sender id assigned to your account.',
  1004: 'Top up the account: it has too little credit for this message and these recipients.',
  1006: 'Check --api-key (ADVANTA_API_KEY) and --partner-id (ADVANTA_PARTNER_ID).',
  1012: "Split the list into smaller bulk sends ('sendsms help bulk' gives the limit).",
  4090: 'The provider asks to try again after 5 minutes.',
  4091: 'Set --partner-id or ADVANTA_PARTNER_ID.',
  4092: 'Set --api-key or ADVANTA_API_KEY.',
}

/**
 * The hint for a provider response code, or undefined when there is nothing useful to add.
 *
 * @example
 * ```ts
 * adviceForCode(4092) // 'Set --api-key or ADVANTA_API_KEY.'
 * ```
 */
export function adviceForCode(code: number): string | undefined {
  return ADVICE[code]
}
