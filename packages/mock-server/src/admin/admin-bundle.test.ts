/**
 * @module
 * The admin client runs wherever fetch does: bundled by esbuild for a neutral platform, its
 * inputs are the admin files and openapi-fetch only (the generated schema is types), with
 * no `node:` import, nothing of Hono and nothing else of the mock.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const entry = fileURLToPath(new URL('./index.ts', import.meta.url))

describe('the @sendsms/mock-server/admin bundle', () => {
  it('holds the admin files and openapi-fetch, and imports nothing from node: or Hono', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    const outside = inputs.filter(
      (input) =>
        !input.startsWith('src/admin/') &&
        !/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?openapi-fetch\//.test(input),
    )
    expect(outside).toEqual([])
    expect(inputs.some((input) => input.includes('openapi-fetch'))).toBe(true)
    expect(inputs).toContain('src/admin/create-mock-admin.ts')
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports)
    expect(imports).toEqual([])
    const code = result.outputFiles.map((file) => file.text).join('')
    expect(code).not.toMatch(/\bhono\b|node:/)
  })
})
