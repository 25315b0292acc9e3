/**
 * @module
 * Reads what Pact's verifier reports for one pact file into one result per interaction.
 * pact-core 19 (the native core of `@pact-foundation/pact` 16) resolves `verifyProvider()`
 * with, or rejects it with an error whose message is, the JSON of `pactffi_verifier_json`:
 * `interactionResults` (each interaction's description and `OK` or `Error`, in the order
 * verified) and `errors` (`interaction`: "Verifying a pact between C and P Given S - D", with
 * its mismatches or an error message). So one verifier run per pact file gives every
 * interaction its own outcome, with no run per interaction.
 */

/**
 * The verifier's report as `pactffi_verifier_json` writes it, the parts read here.
 * @example
 * const report: VerifierJson = JSON.parse(await verifier.verifyProvider())
 */
export interface VerifierJson {
  result?: boolean
  interactionResults?: { description: string; result: string }[]
  errors?: {
    interaction: string
    mismatch: {
      type: string
      message?: string
      mismatches?: { mismatch?: string; path?: string; type?: string }[]
    }
  }[]
  output?: string[]
}

/**
 * One interaction's outcome.
 * @example
 * const outcome: InteractionOutcome = { passed: false, problems: ['$: Actual map is missing the following keys: nope'] }
 */
export interface InteractionOutcome {
  passed: boolean
  problems: string[]
}

function problemsOf(error: NonNullable<VerifierJson['errors']>[number]): string[] {
  const { mismatch } = error
  if (mismatch.type !== 'mismatches') return [mismatch.message ?? 'the verifier reported an error']
  return (mismatch.mismatches ?? []).map((m) => {
    const text = m.mismatch ?? m.type ?? 'mismatch'
    return m.path ? `${m.path}: ${text}` : text
  })
}

/**
 * The outcome of each interaction of a pact file, by its position in `descriptions` (the
 * file's interactions in order). An interaction the report does not name failed: the
 * verifier did not get to it. Two interactions with one description are told apart by order.
 * @example
 * outcomes(['a send'], { interactionResults: [{ description: 'a send', result: 'OK' }], errors: [] })
 * // [{ passed: true, problems: [] }]
 */
export function outcomes(
  descriptions: readonly string[],
  report: VerifierJson,
): InteractionOutcome[] {
  const results = [...(report.interactionResults ?? [])]
  const errors = [...(report.errors ?? [])]
  return descriptions.map((description) => {
    const at = results.findIndex((result) => result.description === description)
    const [result] = at === -1 ? [] : results.splice(at, 1)
    const errorAt = errors.findIndex((error) => error.interaction.endsWith(` - ${description}`))
    const [error] = errorAt === -1 ? [] : errors.splice(errorAt, 1)
    const problems = error ? problemsOf(error) : []
    if (result === undefined) {
      return { passed: false, problems: problems.length ? problems : ['not verified'] }
    }
    const passed = result.result === 'OK' && error === undefined
    return { passed, problems: passed || problems.length ? problems : ['verification failed'] }
  })
}

/**
 * The verifier's JSON out of what `verifyProvider()` resolved or rejected with; undefined
 * when it is not that JSON (a configuration error, a crash).
 * @example
 * parseVerifierJson('{"result":true,"interactionResults":[]}') // { result: true, interactionResults: [] }
 */
export function parseVerifierJson(text: string): VerifierJson | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as VerifierJson) : undefined
  } catch {
    return undefined
  }
}
