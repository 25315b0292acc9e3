/**
 * @module
 * Writes src/generated/version.ts of the package in the current directory from its
 * package.json, so code that names its release (the client's User-Agent, `sendsms
 * --version`) needs neither `import.meta` nor a JSON import at run time: the same source
 * compiles to ESM and CommonJS and bundles as it is in every runtime. Run by each package's
 * `build` (and the client's `generate`); `--check` fails instead of writing when the file is
 * out of date (used by `lint`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const root = pathToFileURL(`${process.cwd()}/`)
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const target = new URL('src/generated/version.ts', root)
const text = `/**
 * @module
 * The name and version of ${name}, written from package.json by scripts/write-version.mjs
 * at the repository's root. Do not edit: the package's \`build\` rewrites it.
 */

/** The name of this package. */
export const PACKAGE_NAME = ${JSON.stringify(name)}

/** The version of this package, as in its package.json. */
export const PACKAGE_VERSION = ${JSON.stringify(version)}
`

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current !== text) {
    console.error(`${name}: src/generated/version.ts is out of date: run its build`)
    process.exitCode = 1
  }
} else {
  writeFileSync(target, text)
}
