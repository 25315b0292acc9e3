/**
 * @module
 * `@sendsms/client/numbers` is an entry point of its own so that the numbering plan's
 * metadata stays out of the client, and the client out of it: its modules import one
 * another, `@sendsms/wire` and libphonenumber-js's `mobile` metadata, nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const DIR = new URL('./', import.meta.url)
const sources = readdirSync(DIR).filter((name) => name.endsWith('.ts') && !name.includes('.test.'))

describe('the numbers module', () => {
  it('has sources to check', () => {
    expect(sources).toContain('index.ts')
  })

  it.each(sources)(
    'imports only sibling modules, @sendsms/wire and libphonenumber-js/mobile in %s',
    (name) => {
      const source = readFileSync(new URL(name, DIR), 'utf8')
      const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
        ([, specifier]) => specifier,
      )
      for (const specifier of specifiers) {
        expect(specifier).toMatch(/^(\.\/[\w-]+\.js|@sendsms\/wire|libphonenumber-js\/mobile)$/)
      }
    },
  )

  it('is not imported by the root entry', () => {
    const root = readFileSync(new URL('../index.ts', import.meta.url), 'utf8')
    expect(root).not.toMatch(/numbers\/|libphonenumber/)
  })
})
