/**
 * @module
 * Pact files written to a temporary directory for a test, and removed after it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PactInteraction } from '../pact-files/read-pact-files.js'

/**
 * A V4 pact of `consumer` with `interactions`, as Pact writes it.
 * @example
 * pactOf('my-app', [interaction])
 */
export function pactOf(consumer: string, interactions: readonly PactInteraction[]) {
  return {
    consumer: { name: consumer },
    provider: { name: 'advanta-sms-api' },
    interactions,
    metadata: { pactSpecification: { version: '4.0' } },
  }
}

/**
 * A temporary directory; `write` puts a pact file in it, `remove` deletes it all.
 * @example
 * const dir = tempPacts()
 * const file = dir.write('my-app', [interaction])
 * dir.remove()
 */
export function tempPacts() {
  const dir = mkdtempSync(join(tmpdir(), 'sendsms-pact-'))
  return {
    dir,
    write(consumer: string, interactions: readonly PactInteraction[], name = consumer): string {
      const file = join(dir, `${name}-advanta-sms-api.json`)
      writeFileSync(file, JSON.stringify(pactOf(consumer, interactions)))
      return file
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
