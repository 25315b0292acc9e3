/**
 * @module
 * The package's root entry runs outside Node: nothing it loads, down to its dependencies'
 * files, imports a Node built-in. The import graph of the built files is walked as the
 * runtime would load it; the Node-only subpaths are walked too, to prove the walk sees
 * built-ins where they are.
 */
import { readFileSync } from 'node:fs'
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
      const next = specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : fileURLToPath(import.meta.resolve(specifier, pathToFileURL(file).href))
      if (!next.endsWith('.json')) pending.push(next)
    }
  }
  return { files, builtins }
}

describe('the root entry of @sendsms/mock-server', () => {
  it('loads Hono and the wire package, and no Node built-in', () => {
    const { files, builtins } = walk(`${dist}index.js`)
    expect([...builtins.keys()]).toEqual([])
    const loaded = [...files].map((f) => f.replace(/.*node_modules\//, ''))
    expect(loaded.some((f) => f.startsWith('hono/'))).toBe(true)
    expect(loaded.some((f) => f.includes('/wire/dist/'))).toBe(true)
    expect(loaded.some((f) => f.includes('@hono/node-server') || f.includes('pino'))).toBe(false)
  })

  it('is walked far enough to see the built-ins of the Node subpaths', () => {
    const node = walk(`${dist}node/index.js`)
    expect([...node.builtins.keys()]).toEqual(expect.arrayContaining(['node:http']))
    const cli = walk(`${dist}cli/index.js`)
    expect([...cli.builtins.keys()]).toEqual(expect.arrayContaining(['node:fs']))
  })

  it('keeps the help text light: neither the server nor Hono', () => {
    const { files, builtins } = walk(`${dist}cli/usage.js`)
    expect([...builtins.keys()]).toEqual([])
    expect(
      [...files].some((f) => f.includes('node_modules/hono') || f.includes('/node/start')),
    ).toBe(false)
  })
})
