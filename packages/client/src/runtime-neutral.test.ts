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
// Budgets of the built files, unminified and with their doc comments, so growth is a
// decision. They guard what a runtime that does not tree-shake (Node, Deno, Bun, a worker
// loading dist/ as is) reads: the root entry's static imports (every export of the package
// and `sendSms`'s code) were 127 kB once the transport no longer went through openapi-fetch
// (17 kB more before; it now loads only from `@sendsms/client/raw`), and 154 kB with every
// module of every endpoint. A few kB of margin each.
const MAX_STATIC_BYTES = 132 * 1024
const MAX_LOADED_BYTES = 158 * 1024

function specifiersOf(file: string, dynamic: boolean): string[] {
  const code = readFileSync(file, 'utf8')
  return [...code.matchAll(SPECIFIERS)]
    .map((m) => m[1] ?? (dynamic ? m[2] : undefined))
    .filter((specifier) => specifier !== undefined)
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0] as string)
}

/**
 * Every file the entry loads, and every built-in any of them imports; with `dynamic`, what
 * its `import()`s load too.
 */
function walk(
  entry: string,
  dynamic = true,
): { files: Set<string>; builtins: Map<string, string> } {
  const files = new Set<string>()
  const builtins = new Map<string, string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (files.has(file)) continue
    files.add(file)
    for (const specifier of specifiersOf(file, dynamic)) {
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

describe('the raw entry of @sendsms/client', () => {
  it('loads openapi-fetch, and no Node built-in', () => {
    const { files, builtins } = walk(`${dist}raw/index.js`)
    expect([...builtins.entries()]).toEqual([])
    expect([...files].some((f) => f.includes('/openapi-fetch/'))).toBe(true)
  })
})

describe('the root entry of @sendsms/client', () => {
  const { files, builtins } = walk(`${dist}index.js`)
  const loaded = [...files].map((f) => f.replace(/.*node_modules\//, ''))

  it('loads the wire package and nothing else, no Node built-in and no openapi-fetch', () => {
    expect([...builtins.entries()]).toEqual([])
    expect(loaded.some((f) => f.includes('/wire/dist/'))).toBe(true)
    expect(loaded.filter((f) => !/\/(client|wire)\/dist\//.test(f))).toEqual([])
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

  it(`loads at most ${MAX_STATIC_BYTES} bytes before a method other than sendSms is called`, () => {
    const { files: upFront } = walk(`${dist}index.js`, false)
    const bytes = [...upFront].reduce((sum, file) => sum + statSync(file).size, 0)
    expect(bytes).toBeLessThanOrEqual(MAX_STATIC_BYTES)
  })

  it('loads the other methods only when they are first called', () => {
    const { files: upFront } = walk(`${dist}create-client.js`, false)
    expect(upFront).toContain(`${dist}send-sms/send-sms.js`)
    for (const module of [
      'bulk/send-bulk',
      'otp/send-otp',
      'otp/send-hashed',
      'balance/get-balance',
      'delivery/get-delivery-report',
    ]) {
      expect(upFront).not.toContain(`${dist}${module}.js`)
      expect(files).toContain(`${dist}${module}.js`)
    }
  })
})
