/** The version `sendsms --version` prints is the one in package.json. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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
    const script = new URL('../../../../scripts/write-version.mjs', import.meta.url)
    const cwd = new URL('../../', import.meta.url).pathname
    // Exits non-zero (and execFileSync throws) when the file differs from what it would write.
    expect(() =>
      execFileSync(process.execPath, [script.pathname, '--check'], { cwd }),
    ).not.toThrow()
  })
})
