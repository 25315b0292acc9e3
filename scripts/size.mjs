#!/usr/bin/env node
// Measures what @sendsms/client adds to a browser app that imports `createClient` and calls
// `sendSms`: the BUILT client (packages/client/dist, so build it first) bundled by esbuild,
// minified and tree-shaken as an app's bundler would, then gzipped. Prints both sizes and
// the ten inputs that weigh most in the output, and exits 1 above the limit.
//
// The methods other than `sendSms` load their module with `import()` on their first call, so
// an app's bundler (Vite, Rollup, webpack) puts each in a chunk of its own, fetched only when
// that method first runs. The limit is on the initial chunk: the app's code bundled with every
// `import()` left out (esbuild's own code splitting would import every chunk the lazy methods
// share with `sendSms` from the entry, unused code included, so it is not what Rollup or
// webpack ship). Each lazy chunk is printed too, as the bytes its inputs add to what the
// initial chunk already holds.
// `--warn-only` prints the same but exits 0 over the limit.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The most the initial chunk may weigh, gzipped (8 kB). */
const LIMIT_GZIP_BYTES = 8192

const clientDir = new URL('../packages/client/', import.meta.url)
const warnOnly = process.argv.includes('--warn-only')

// What a user's app writes. Resolved from the client's own directory, so the package's
// exports map (its `import` condition) picks the entry, as it does in an app.
const app = `
import { createClient } from '@sendsms/client'
const client = createClient({ apiKey: 'key', partnerId: '12345', shortcode: 'SHOP' })
client.sendSms({ to: '0712345678', message: 'Hello' }).then(console.log)
`

// Leaves every `import()` out of the bundle, recording what it loads.
const lazyModules = new Set()
const leaveOutDynamicImports = {
  name: 'leave-out-dynamic-imports',
  setup(plugin) {
    plugin.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined
      const resolved = await plugin.resolve(args.path, {
        kind: 'import-statement',
        importer: args.importer,
        resolveDir: args.resolveDir,
      })
      lazyModules.add(resolved.path)
      return { path: args.path, external: true }
    })
  },
}

async function bundle(stdin) {
  const result = await build({
    stdin,
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [leaveOutDynamicImports],
  })
  const code = result.outputFiles[0].contents
  const [output] = Object.values(result.metafile.outputs)
  const inputs = Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [
    path.replace(/^(\.\.\/)+/, ''),
    bytesInOutput,
  ])
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, inputs }
}

let initial
const lazy = []
try {
  initial = await bundle({ contents: app, resolveDir: clientDir.pathname, sourcefile: 'app.js' })
  const inInitial = new Set(initial.inputs.map(([path]) => path))
  for (const path of [...lazyModules].sort()) {
    // The lazy module as its chunk would hold it: its exports kept, the initial's inputs not counted.
    const chunk = await bundle({
      contents: `export * from ${JSON.stringify(path)}`,
      resolveDir: clientDir.pathname,
      sourcefile: 'chunk.js',
    })
    const added = chunk.inputs.filter(([input]) => !inInitial.has(input) && input !== 'chunk.js')
    lazy.push([path.slice(path.indexOf('/dist/') + 6), added.reduce((sum, [, b]) => sum + b, 0)])
  }
} catch (error) {
  console.error(
    `size: could not bundle the client (run \`pnpm run build\` first): ${error.message}`,
  )
  process.exit(1)
}

const { minified, gzipped } = initial
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
console.log(`@sendsms/client, createClient + sendSms, browser bundle (esbuild, minified):`)
console.log(`  minified ${minified} bytes (${kb(minified)})`)
console.log(`  gzipped  ${gzipped} bytes (${kb(gzipped)}), limit ${LIMIT_GZIP_BYTES} bytes`)
console.log('  largest inputs (minified bytes in the bundle):')
for (const [path, bytes] of initial.inputs.sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`    ${String(bytes).padStart(6)}  ${path}`)
}
console.log('  loaded with import() on first use (minified bytes their chunk adds):')
for (const [path, bytes] of lazy) {
  console.log(`    ${String(bytes).padStart(6)}  ${path}`)
}

if (gzipped > LIMIT_GZIP_BYTES) {
  const over = `${gzipped - LIMIT_GZIP_BYTES} bytes over the limit of ${LIMIT_GZIP_BYTES}`
  if (warnOnly) {
    console.log(`size: warning: ${over} (--warn-only: not failing)`)
  } else {
    console.error(`size: ${over}`)
    process.exit(1)
  }
}
