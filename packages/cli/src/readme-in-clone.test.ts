/**
 * The root README's "Use the CLI" lines, run as a user in a clone runs them: in bash, with
 * the clone's `node_modules/.bin` on PATH (the README's own set-up line; the root package
 * depends on @sendsms/cli, so the install links `sendsms` there), against a mock on a free
 * port in place of the README's 4010.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCommand, useTempDir } from './testing/run-bin.js'
import { useSandboxMock } from './testing/sandbox-mock.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const sandbox = useSandboxMock()
const dir = useTempDir()

/** The lines of the README's first `sh` block after "### Use the CLI". */
function readmeLines(): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Use the CLI'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block.split('\n').filter((line) => line.trim() !== '')
}

describe("the root README's CLI lines in a clone", () => {
  it('link sendsms into node_modules/.bin', () => {
    expect(existsSync(resolve(ROOT, 'node_modules/.bin/sendsms'))).toBe(true)
  })

  it('run as written up to the first send', async () => {
    const lines = readmeLines()
    const firstSend = lines.findIndex((line) => line.startsWith('sendsms send'))
    expect(firstSend).toBeGreaterThan(0)
    const script = lines
      .slice(0, firstSend + 1)
      .join('\n')
      .replaceAll('http://127.0.0.1:4010', sandbox.running().url)
    const run = await runCommand(
      'bash',
      ['-e', '-c', script],
      {
        HOME: dir(),
        SENDSMS_CONFIG_DIR: resolve(dir(), 'config'),
      },
      { cwd: ROOT },
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^2 accepted, 0 rejected$/m)
  })
})
