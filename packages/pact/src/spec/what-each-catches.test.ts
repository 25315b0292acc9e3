/**
 * @module
 * The two spec checkers compared on interactions broken on purpose, one way each, and on
 * exchanges the spec allows that look wrong (a trailing slash, type drift, the misspelt
 * code key, a refusal of a bad request): which checker reports which, through
 * `checkPactsAgainstSpec` on a pact file. The README's "What each catches" is this table.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { tempPacts } from '../test-support/temp-pacts.js'
import { CHECKER_CASES } from '../test-support/wrong-interactions.js'
import { checkPactsAgainstSpec, type SpecChecker } from './check-pacts-against-spec.js'

const pacts = tempPacts()
afterAll(() => pacts.remove())

async function reports(checker: SpecChecker, row: (typeof CHECKER_CASES)[number]) {
  const file = pacts.write(`case-${CHECKER_CASES.indexOf(row)}`, [row.interaction])
  const result = await checkPactsAgainstSpec(file, { checkers: [checker] })
  return result.interactions[0]?.problems ?? []
}

describe('what each spec checker catches', () => {
  it.each(CHECKER_CASES)('rules: $name', async (row) => {
    const problems = await reports('rules', row)
    expect(problems.length > 0, problems.map((p) => p.message).join('\n')).toBe(row.rules)
  })

  it.each(CHECKER_CASES)('comparator: $name', async (row) => {
    const problems = await reports('comparator', row)
    expect(problems.length > 0, problems.map((p) => p.message).join('\n')).toBe(row.comparator)
  })

  it('leaves no exchange the spec refuses unreported by both together', () => {
    for (const row of CHECKER_CASES.filter(({ allowed }) => !allowed)) {
      expect(row.rules || row.comparator, row.name).toBe(true)
    }
  })
})
