/**
 * @module
 * Reading the verifier's JSON report into one outcome per interaction, on reports shaped as
 * pact-core 19 writes them.
 */
import { describe, expect, it } from 'vitest'
import { outcomes, parseVerifierJson, type VerifierJson } from './verifier-result.js'

const mismatch = (interaction: string, path: string, text: string) => ({
  interaction: `Verifying a pact between my-app and advanta-sms-api Given s - ${interaction}`,
  mismatch: { type: 'mismatches', mismatches: [{ path, mismatch: text, type: 'BodyMismatch' }] },
})

describe('outcomes', () => {
  it('passes an interaction reported OK with no error', () => {
    const report: VerifierJson = {
      interactionResults: [{ description: 'a', result: 'OK' }],
      errors: [],
    }
    expect(outcomes(['a'], report)).toEqual([{ passed: true, problems: [] }])
  })

  it('gives each failed interaction its own mismatches, by the description the error ends with', () => {
    const report: VerifierJson = {
      interactionResults: [
        { description: 'a', result: 'Error' },
        { description: 'b', result: 'OK' },
        { description: 'c', result: 'Error' },
      ],
      errors: [
        {
          interaction: 'Verifying a pact between x and y - c',
          mismatch: { type: 'error', message: 'state failed' },
        },
        mismatch('a', '$.credit', 'Expected 1 to be 2'),
      ],
    }
    expect(outcomes(['a', 'b', 'c'], report)).toEqual([
      { passed: false, problems: ['$.credit: Expected 1 to be 2'] },
      { passed: true, problems: [] },
      { passed: false, problems: ['state failed'] },
    ])
  })

  it('tells two interactions of one description apart by order', () => {
    const report: VerifierJson = {
      interactionResults: [
        { description: 'same', result: 'OK' },
        { description: 'same', result: 'Error' },
      ],
      errors: [
        {
          interaction: 'Verifying … - same',
          mismatch: { type: 'mismatches', mismatches: [{ mismatch: 'status 500' }] },
        },
      ],
    }
    const [first, second] = outcomes(['same', 'same'], report)
    // The first OK result pairs with the first error: order is all the report gives.
    expect(first?.passed).toBe(false)
    expect(second).toEqual({ passed: false, problems: ['verification failed'] })
  })

  it('fails an interaction the report does not name, as not verified', () => {
    expect(outcomes(['missing'], { interactionResults: [], errors: [] })).toEqual([
      { passed: false, problems: ['not verified'] },
    ])
  })

  it('fails an interaction reported Error with no error of its own', () => {
    const report: VerifierJson = { interactionResults: [{ description: 'a', result: 'Error' }] }
    expect(outcomes(['a'], report)).toEqual([{ passed: false, problems: ['verification failed'] }])
  })
})

describe('parseVerifierJson', () => {
  it('reads the JSON, and nothing else', () => {
    expect(parseVerifierJson('{"result":true}')).toEqual({ result: true })
    expect(parseVerifierJson('Verification was unable to run')).toBeUndefined()
    expect(parseVerifierJson('null')).toBeUndefined()
    expect(parseVerifierJson('3')).toBeUndefined()
  })
})
