/**
 * @module
 * The testing entry bundles for a browser test: esbuild with `platform: 'browser'` builds
 * it without resolving anything from `node:` (the socket mode's server is loaded only when a
 * test asks for a socket, by a specifier no bundler follows), and nothing of the Node server.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const entry = fileURLToPath(new URL('./index.ts', import.meta.url))

describe('the @sendsms/mock-server/testing bundle', () => {
  it('builds for a browser with nothing from node: and nothing of the Node server', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs).toContain('src/testing/use-mock-server.ts')
    expect(inputs.filter((input) => input.startsWith('src/node/'))).toEqual([])
    const code = result.outputFiles.map((file) => file.text).join('')
    expect(code).not.toMatch(/from\s*["']node:/)
  })
})
