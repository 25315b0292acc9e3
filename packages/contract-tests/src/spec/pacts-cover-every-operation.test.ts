/**
 * @module
 * Every consumer records every operation of the spec (each endpoint, each of its methods):
 * a success, a request-wide refusal, and every code the spec's examples show for that
 * operation. Runs after the consumer phase of `pnpm test`, which writes the pact files.
 */

import { readPactFiles } from '@sendsms/pact'
import { SUCCESS_CODE } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'
import { CLI_CONSUMER, CLIENT_CONSUMER, PACT_DIR } from '../pacts/pact-dir.js'
import {
  codeKey,
  exampleCodes,
  interactionsOn,
  OPERATIONS,
  recordedCodes,
} from './operation-coverage.js'

const pacts = readPactFiles(PACT_DIR)

describe.each([CLIENT_CONSUMER, CLI_CONSUMER])('the %s pact', (consumer) => {
  const interactions = pacts.find(({ pact }) => pact.consumer.name === consumer)?.pact.interactions

  it.each(OPERATIONS)(
    'records $method $endpoint: a success, a refusal and every example code',
    (operation) => {
      expect(interactions, `no pact file of ${consumer}`).toBeDefined()
      const recorded = recordedCodes(interactionsOn(interactions ?? [], operation))
      const refusals = [...recorded].filter(
        (key) => key.startsWith('top-level') && key !== codeKey('top-level', SUCCESS_CODE),
      )
      expect(
        recorded.has(codeKey('row', SUCCESS_CODE)) ||
          recorded.has(codeKey('top-level', SUCCESS_CODE)),
        'a success',
      ).toBe(true)
      expect(refusals.length, 'a request-wide refusal').toBeGreaterThan(0)
      const missing = [...exampleCodes(operation)].filter((key) => !recorded.has(key))
      expect(missing, 'codes the spec shows but no interaction records').toEqual([])
    },
  )
})
