/**
 * @module
 * A ledger of the interactions the consumer tests recorded, kept beside the pact files: one
 * line per interaction whose test passed, appended by the process that recorded it. Pact
 * writes an interaction only by merging it into the pact file, and a lost merge loses it
 * silently (its test still passes); the provider phase compares the pact files with this
 * ledger, so an interaction missing from a pact file fails the run instead.
 */
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACT_DIR } from './pact-dir.js'

/**
 * Where `consumer`'s ledger lives: `pacts/<consumer>.recorded.jsonl` (not a `.json` pact
 * file, so pact readers skip it; emptied with the pact files before each run).
 * @example
 * ledgerPath(CLIENT_CONSUMER) // '/…/pacts/sendsms-client.recorded.jsonl'
 */
export function ledgerPath(consumer: string, dir: string = PACT_DIR): string {
  return join(dir, `${consumer}.recorded.jsonl`)
}

/**
 * Notes that `consumer` recorded the interaction `description`. A single short append, which
 * the file system keeps whole even when several processes append at once.
 * @example
 * noteRecorded(CLIENT_CONSUMER, 'a POST balance request')
 */
export function noteRecorded(consumer: string, description: string, dir: string = PACT_DIR): void {
  appendFileSync(ledgerPath(consumer, dir), `${JSON.stringify(description)}\n`)
}

/**
 * The descriptions `consumer` recorded, in the order noted; none when it recorded nothing.
 * @example
 * readLedger(CLIENT_CONSUMER) // ['a POST send to one valid number', …]
 */
export function readLedger(consumer: string, dir: string = PACT_DIR): string[] {
  let text: string
  try {
    text = readFileSync(ledgerPath(consumer, dir), 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as string)
}
