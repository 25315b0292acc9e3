/**
 * @module
 * The generator's `--check` gate can fail: a spec that changed under the committed file is
 * reported, an unchanged one is not.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('../scripts/generate-from-spec.mjs', import.meta.url))
const spec = fileURLToPath(new URL('../../../spec/openapi.yaml', import.meta.url))
const committed = fileURLToPath(new URL('./generated/api-facts.ts', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'sendsms-wire-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function check(specText: string) {
  const file = join(dir, 'openapi.yaml')
  writeFileSync(file, specText)
  return spawnSync(process.execPath, [script, '--check', '--spec', file, '--out', committed], {
    encoding: 'utf8',
  })
}

describe('generate-from-spec --check', () => {
  const original = readFileSync(spec, 'utf8')

  it('passes while the committed file matches the spec', () => {
    expect(check(original).status).toBe(0)
  })

  it.each([
    [
      'a changed description',
      'InvalidCredentials, description: Invalid credentials',
      'InvalidCredentials, description: Bad key',
    ],
    ['a changed recipient limit', 'x-max-numbers: 1000', 'x-max-numbers: 999'],
    ['a renamed parameter', 'name: partnerID', 'name: partnerId'],
    ['a changed live URL', 'https://quicksms.advantasms.com', 'https://example.com'],
    ['a changed bulk limit', 'x-max-items: 1000', 'x-max-items: 999'],
    ['a changed delivery status number', 'x-status: 32', 'x-status: 33'],
    ['a parameter no longer ignored', 'x-ignored: true', 'x-ignored: false'],
    [
      'a changed no-report description',
      '{ code: 1009, description: No dlr }',
      '{ code: 1009, description: No DLR }',
    ],
  ])('fails after %s', (_name, from, to) => {
    expect(original).toContain(from)
    const result = check(original.replace(from, to))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/stale/)
  })

  it('refuses a path listed without its trailing-slash form', () => {
    const slashForm = '  /api/services/getdlr/:\n    $ref: "#/components/pathItems/GetDlr"\n'
    expect(original).toContain(slashForm)
    const result = check(original.replace(slashForm, ''))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/trailing slash/)
  })

  it('writes exactly the committed file', () => {
    const out = join(dir, 'api-facts.ts')
    execFileSync(process.execPath, [script, '--spec', spec, '--out', out])
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'))
  })
})
