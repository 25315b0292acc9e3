/**
 * @module
 * `checkPactsAgainstSpec`: a user's pacts checked offline against the OpenAPI document, the
 * way bi-directional contract testing checks a consumer's contract against the provider's
 * spec, with no provider running. Two checkers, each catching what the other lets through
 * (the package README's "What each catches"):
 *
 * - `rules` (default): `checkInteraction`, this API's own reading of `spec/openapi.yaml`:
 *   status 200, the answer valid by its operation, each code's wording as documented, the
 *   method rule (1010), and the request valid wherever the provider acted on it;
 * - `comparator`: `@pactflow/openapi-pact-comparator` on the document (`comparator-document.ts`):
 *   every request valid whatever it was answered, request content types, any document.
 */
import { readPacts } from '../pact-files/collect-pact-files.js'
import { checkInteraction } from './check-interaction.js'
import { comparatorDocument } from './comparator-document.js'
import { createComparator } from './comparator-engine.js'
import { compareWithComparator } from './compare-with-comparator.js'

/**
 * Which check found a problem.
 * @example
 * const checker: SpecChecker = 'comparator'
 */
export type SpecChecker = 'rules' | 'comparator'

/**
 * One way an interaction disagrees with the spec.
 * @example
 * const problem: SpecProblem = { checker: 'rules', message: 'response status is 201, the spec answers only 200' }
 */
export interface SpecProblem {
  checker: SpecChecker
  message: string
  /** The comparator's code for it (`response.body.incompatible`). */
  code?: string
}

/**
 * One interaction of a pact and what the checks found.
 * @example
 * const checked: CheckedInteraction = { file: 'pacts/my-app-advanta-sms-api.json', consumer: 'my-app', description: 'a send', problems: [] }
 */
export interface CheckedInteraction {
  file: string
  consumer: string
  description: string
  problems: SpecProblem[]
}

/**
 * What `checkPactsAgainstSpec` found: `passed` when no interaction has a problem.
 * @example
 * const { passed, interactions } = await checkPactsAgainstSpec('pacts/')
 */
export interface SpecCheckResult {
  passed: boolean
  checkers: SpecChecker[]
  interactions: CheckedInteraction[]
}

/**
 * Options of {@link checkPactsAgainstSpec}.
 * @example
 * const options: SpecCheckOptions = { checkers: ['rules', 'comparator'] }
 */
export interface SpecCheckOptions {
  /** The checks to run. Default `['rules']`, or `['comparator']` with `spec`. */
  checkers?: readonly SpecChecker[]
  /**
   * Another OpenAPI document (YAML or JSON) for the comparator. The rules read only the
   * document of `@sendsms/spec`, so they cannot be asked for with it.
   * Default: `@sendsms/spec`'s `openapi.yaml`.
   */
  spec?: string
}

function chosenCheckers(options: SpecCheckOptions): SpecChecker[] {
  const checkers = [...(options.checkers ?? [options.spec === undefined ? 'rules' : 'comparator'])]
  if (options.spec !== undefined && checkers.includes('rules')) {
    throw new Error(
      "The rules check reads @sendsms/spec's own document only; check another document with the comparator",
    )
  }
  if (checkers.length === 0) throw new Error('Name at least one checker: rules or comparator')
  return checkers
}

/**
 * Checks every interaction of the pacts at `pacts` (files or directories of `*.json`)
 * against the OpenAPI document.
 * @example
 * const result = await checkPactsAgainstSpec(['pacts/'], { checkers: ['rules', 'comparator'] })
 * for (const { description, problems } of result.interactions) {
 *   for (const problem of problems) console.log(`${description}: ${problem.message}`)
 * }
 */
export async function checkPactsAgainstSpec(
  pacts: string | readonly string[],
  options: SpecCheckOptions = {},
): Promise<SpecCheckResult> {
  const checkers = chosenCheckers(options)
  const comparator = checkers.includes('comparator')
    ? createComparator(comparatorDocument(options.spec))
    : undefined
  const interactions: CheckedInteraction[] = []
  for (const { path, pact } of readPacts(pacts)) {
    const found = comparator ? await compareWithComparator(comparator, pact) : new Map()
    pact.interactions.forEach((interaction, index) => {
      const problems: SpecProblem[] = []
      if (checkers.includes('rules')) {
        const isHttp = interaction.type === undefined || interaction.type === 'Synchronous/HTTP'
        const messages = isHttp
          ? checkInteraction(interaction)
          : [`a ${interaction.type} interaction: the API answers HTTP requests only`]
        problems.push(...messages.map((message) => ({ checker: 'rules' as const, message })))
      }
      for (const { code, message } of found.get(index) ?? []) {
        problems.push({ checker: 'comparator', message, code })
      }
      const consumer = pact.consumer?.name ?? ''
      interactions.push({ file: path, consumer, description: interaction.description, problems })
    })
  }
  return {
    passed: interactions.every(({ problems }) => problems.length === 0),
    checkers,
    interactions,
  }
}
