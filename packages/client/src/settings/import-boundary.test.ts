/**
 * @module
 * `@sendsms/client/settings` is loaded by the CLI at start-up for its help text, so it must
 * stay small: its modules import one another and `@sendsms/wire`, nothing else (never
 * openapi-fetch, never the rest of the client).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const DIR = new URL('./', import.meta.url)
const sources = readdirSync(DIR).filter((name) => name.endsWith('.ts') && !name.includes('.test.'))

describe('the settings module', () => {
  it('has sources to check', () => {
    expect(sources).toContain('index.ts')
  })

  it.each(sources)('imports only sibling modules and @sendsms/wire in %s', (name) => {
    const source = readFileSync(new URL(name, DIR), 'utf8')
    const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
      ([, specifier]) => specifier,
    )
    for (const specifier of specifiers)
      expect(specifier).toMatch(/^(\.\/[\w-]+\.js|@sendsms\/wire)$/)
  })
})
