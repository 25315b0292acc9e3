/**
 * @module
 * The client runs outside Node: nothing its root entry loads, down to its dependencies'
 * files, imports a Node built-in, and what it loads stays small. The import graph of the
 * built files is walked as the runtime would load it.
 */
import { readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const BUILTINS = new Set(builtinModules)
// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`)
// and dynamic imports with a literal specifier.
const SPECIFIERS =
  /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g
// What the root entry may load, unminified and with its doc comments: about 108 kB when
// every endpoint landed, 17 kB of it openapi-fetch. A budget, so growth is a decision.
const MAX_LOADED_BYTES = 128 * 1024

function specifiersOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  return [...code.matchAll(SPECIFIERS)].map((m) => (m[1] ?? m[2]) as string)
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] as string)
}

/** Every file the entry loads, and every built-in any of them imports. */
function walk(entry: string): { files: Set<string>; builtins: Map<string, string> } {
  const files = new Set<string>()
  const builtins = new Map<string, string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (files.has(file)) continue
    files.add(file)
    for (const specifier of specifiersOf(file)) {
      if (isBuiltin(specifier)) {
        builtins.set(specifier, file)
        continue
      }
      pending.push(
        specifier.startsWith('.')
          ? resolve(dirname(file), specifier)
          : fileURLToPath(import.meta.resolve(specifier, pathToFileURL(file).href)),
      )
    }
  }
  return { files, builtins }
}

describe('the root entry of @sendsms/client', () => {
  const { files, builtins } = walk(`${dist}index.js`)
  const loaded = [...files].map((f) => f.replace(/.*node_modules\//, ''))

  it('loads openapi-fetch and the wire package, and no Node built-in', () => {
    expect([...builtins.entries()]).toEqual([])
    expect(loaded.some((f) => f.startsWith('openapi-fetch/'))).toBe(true)
    expect(loaded.some((f) => f.includes('/wire/dist/'))).toBe(true)
    expect(loaded.filter((f) => !/^openapi-fetch\/|\/(client|wire)\/dist\//.test(f))).toEqual([])
  })

  it('walks every module of every endpoint', () => {
    for (const module of [
      'bulk/send-bulk',
      'delivery/parse-delivery-callback',
      'otp/send-hashed',
    ]) {
      expect(loaded).toContain(`${dist}${module}.js`)
    }
  })

  it(`loads at most ${MAX_LOADED_BYTES} bytes`, () => {
    const bytes = [...files].reduce((sum, file) => sum + statSync(file).size, 0)
    expect(bytes).toBeLessThanOrEqual(MAX_LOADED_BYTES)
  })
})
