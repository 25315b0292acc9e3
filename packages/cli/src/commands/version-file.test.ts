/**
 * The generated version module is the one `scripts/write-version.mjs` would write now. Kept
 * apart from version.test.ts because it runs that script from the repository, which a
 * mutation run's sandbox copy of the package does not have; vitest.mutation.config.ts leaves
 * this file out.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('the generated version file', () => {
  it('is up to date with package.json', () => {
    const script = new URL('../../../../scripts/write-version.mjs', import.meta.url)
    const cwd = new URL('../../', import.meta.url).pathname
    // Exits non-zero (and execFileSync throws) when the file differs from what it would write.
    expect(() =>
      execFileSync(process.execPath, [script.pathname, '--check'], { cwd }),
    ).not.toThrow()
  })
})
