/**
 * @module
 * The published package as another Node process loads it by name: `require()` gets the
 * CommonJS build (dist/cjs/) and `import` the ESM build (dist/), and each exports what the
 * sources export and answers like them. The CommonJS process runs with
 * `--no-experimental-require-module`, as Node before 20.19 does, so an ESM file on the
 * `require` path fails it. The processes resolve from this package's folder, so its own
 * `exports` map is what they read. Needs the build (turbo's `test` depends on it).
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { describeCode } from './codes.js'
import { RESPONSE_CODES } from './generated/api-facts.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dist = new URL('../dist/', import.meta.url)
const run = promisify(execFile)

/** Runs `script` in a new Node process in this package's folder; returns what it printed as JSON. */
async function runScript(type: 'commonjs' | 'module', script: string): Promise<unknown> {
  const flags = type === 'commonjs' ? ['--no-experimental-require-module'] : []
  const args = [...flags, `--input-type=${type}`, '--eval', script]
  const { stdout } = await run(process.execPath, args, { cwd: packageDir })
  return JSON.parse(stdout)
}

const REQUIRE_SCRIPT = `
const wire = require('@sendsms/wire')
console.log(JSON.stringify({
  entry: require.resolve('@sendsms/wire'),
  names: Object.keys(wire).sort(),
  descriptions: Object.keys(wire.RESPONSE_CODES).map((code) => wire.describeCode(Number(code))),
}))
`

const IMPORT_SCRIPT = `
import * as wire from '@sendsms/wire'
console.log(JSON.stringify({
  entry: import.meta.resolve('@sendsms/wire'),
  names: Object.keys(wire).sort(),
  descriptions: Object.keys(wire.RESPONSE_CODES).map((code) => wire.describeCode(Number(code))),
}))
`

async function fromSources() {
  return {
    names: Object.keys(await import('./index.js')).sort(),
    descriptions: Object.keys(RESPONSE_CODES).map((code) => describeCode(Number(code))),
  }
}

// Each test starts a Node process that loads the package: room for a busy machine.
describe('@sendsms/wire as a published package', { timeout: 30_000 }, () => {
  it('resolves require() to the CommonJS build, which answers as the sources do', async () => {
    expect(await runScript('commonjs', REQUIRE_SCRIPT)).toEqual({
      entry: fileURLToPath(new URL('cjs/index.js', dist)),
      ...(await fromSources()),
    })
  })

  it('resolves import to the ESM build, which answers as the sources do', async () => {
    expect(await runScript('module', IMPORT_SCRIPT)).toEqual({
      entry: new URL('index.js', dist).href,
      ...(await fromSources()),
    })
  })
})
