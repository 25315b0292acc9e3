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

  it('fails after a network renamed in every field that names it', () => {
    const from = '(1 Safaricom, 2 Airtel, 3 Telkom)'
    expect(original.split(from)).toHaveLength(4)
    const result = check(original.replaceAll(from, '(1 Safaricom, 2 Airtel, 3 Telcom)'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/stale/)
  })

  it('refuses network ids that one field names differently', () => {
    const from = '(1 Safaricom, 2 Airtel, 3 Telkom).'
    expect(original).toContain(`delivery-networkid:\n          type: [integer, string]`)
    const at = original.lastIndexOf(from)
    const edited = `${original.slice(0, at)}(1 Safaricom, 2 Telkom, 3 Airtel).${original.slice(at + from.length)}`
    const result = check(edited)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DeliveryReport.delivery-networkid names other networks/)
  })

  it('refuses a networkid field that names no networks', () => {
    const result = check(
      original.replace('(1 Safaricom, 2 Airtel, 3 Telkom), sometimes', 'sometimes'),
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/RecipientResult.networkid does not name its networks/)
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
