/** The version `sendsms --version` prints is the one in package.json. */
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
})
