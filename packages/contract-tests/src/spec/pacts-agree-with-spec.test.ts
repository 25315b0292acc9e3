/**
 * @module
 * Every interaction the consumers recorded must be one the spec allows: a spec path
 * (with or without the trailing slash), GET or POST, HTTP 200, an answer body valid by
 * the spec, a valid request wherever the answer has rows, and only spec query keys.
 * Runs after the consumer phase of `pnpm test`, which writes the pact files.
 */

import { checkInteraction, readPactFiles } from '@sendsms/pact'
import { describe, expect, it } from 'vitest'
import { PACT_DIR } from '../pacts/pact-dir.js'

const pacts = readPactFiles(PACT_DIR)
const interactions = pacts.flatMap(({ path, pact }) =>
  pact.interactions.map((interaction) => ({
    name: `${pact.consumer.name}: ${interaction.description}`,
    path,
    interaction,
  })),
)

describe('pact files agree with the spec', () => {
  it('finds interactions to check (run the consumer tests first: pnpm test)', () => {
    expect(pacts.length).toBeGreaterThan(0)
    expect(interactions.length).toBeGreaterThan(0)
  })

  it.each(interactions)('$name', ({ interaction }) => {
    expect(interaction.type).toBe('Synchronous/HTTP')
    expect(checkInteraction(interaction)).toEqual([])
  })

  it('fails a recorded interaction once it is broken', () => {
    const first = interactions[0]
    if (!first) throw new Error('No interactions were recorded')
    const broken = {
      ...first.interaction,
      response: { ...first.interaction.response, status: 201 },
    }
    expect(checkInteraction(broken)).toContain('response status is 201, the spec answers only 200')
  })
})
