/** The version `sendsms --version` prints is the one in package.json. */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PACKAGE_VERSION } from '../generated/version.js'
import { readVersion } from './version.js'

const packageJson = new URL('../../package.json', import.meta.url)
const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }

describe('readVersion', () => {
  it('returns the version of package.json', () => {
    expect(PACKAGE_VERSION).toBe(version)
    expect(readVersion()).toBe(version)
  })

  it('has a generated version file that is up to date', () => {
    const cwd = fileURLToPath(new URL('../../', import.meta.url))
    // Exits non-zero (and execFileSync throws) when the file differs from what it would write.
    expect(() =>
      execFileSync(process.execPath, [scriptAbove(cwd, 'scripts/write-version.mjs'), '--check'], {
        cwd,
      }),
    ).not.toThrow()
  })
})

// The repository's script, looked for upwards: Stryker runs this test in a copy of the package
// one level deeper (packages/cli/.stryker-tmp/sandbox-*/), where a fixed '../../..' misses it.
function scriptAbove(start: string, relative: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative)
    if (dirname(dir) === dir) throw new Error(`no ${relative} above ${start}`)
  }
}
