#!/usr/bin/env node
// The CommonJS build of the package in the current directory, beside its ESM build: the
// sources that tsconfig.cjs.json names (it extends tsconfig.build.json), emitted to its
// outDir (dist/cjs/) with a `{ "type": "commonjs" }` package.json there, so Node and
// TypeScript read that folder's .js and .d.ts as CommonJS (and the package's `sideEffects`, so
// bundlers still drop what they do not use).
//
// Why not plain `tsc -p tsconfig.cjs.json`: under `module: Node16` TypeScript takes each
// source file's format from the nearest package.json, and ours say `"type": "module"`, so
// tsc alone can only emit ESM there (or, with `module: CommonJS`, give up Node16's
// resolution and its `require` conditions). This script runs the same compiler with one
// package.json more, seen only by the compiler, at the sources' root (rootDir):
// `{ "type": "commonjs" }`. The sources are then compiled as CommonJS with Node16's checks,
// which model a Node without `require()` of ESM: a dependency without a CommonJS entry and
// types (TS1479), `import.meta` (TS1470) or top-level await (TS1309) fail the build here
// rather than at a user's `require()`. Source maps point at the real sources.
//
// Each tsconfig.cjs.json (JSON without comments, so the reasons are here) sets Node16, turns
// `verbatimModuleSyntax` off (it forbids `import`/`export` in a CommonJS file; the ESM build
// keeps the check) and `esModuleInterop` on (openapi-fetch's CommonJS typings say
// `export =` while its module sets `exports.default`; the interop helper reads both right).
// The mock server's leaves out src/bin.ts: the command awaits at top level and stays ESM.
//
// Usage (from a package directory): node ../../scripts/build-cjs.mjs [tsconfig.cjs.json]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const packageDir = process.cwd()
const configPath = path.resolve(packageDir, process.argv[2] ?? 'tsconfig.cjs.json')
const COMMONJS_SCOPE = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`

const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => packageDir,
  getNewLine: () => '\n',
}

function fail(message, diagnostics = []) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost))
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) =>
      fail(`Cannot read ${configPath}.`, [diagnostic]),
  },
)
if (!parsed || parsed.errors.length > 0) fail(`Cannot read ${configPath}.`, parsed?.errors)

const { options } = parsed
const { rootDir, outDir } = options
if (!rootDir || !outDir) fail(`${configPath} must set rootDir and outDir.`)
if (path.resolve(outDir) === path.resolve(packageDir, 'dist')) {
  fail(`${configPath} must not emit into dist/ itself: that is the ESM build's folder.`)
}
const scopeFile = path.join(rootDir, 'package.json')
if (ts.sys.fileExists(scopeFile)) fail(`${scopeFile} exists; it would decide the sources' format.`)

const host = ts.createCompilerHost(options)
const isScopeFile = (fileName) => path.resolve(fileName) === scopeFile
const fileExists = host.fileExists.bind(host)
const readFile = host.readFile.bind(host)
host.fileExists = (fileName) => isScopeFile(fileName) || fileExists(fileName)
host.readFile = (fileName) => (isScopeFile(fileName) ? COMMONJS_SCOPE : readFile(fileName))

rmSync(outDir, { recursive: true, force: true })
const program = ts.createProgram({ rootNames: parsed.fileNames, options, host })
// Guards the premise above: a source still read as ESM would put ESM into the CommonJS folder.
const esm = program
  .getSourceFiles()
  .find(
    (file) =>
      file.fileName.startsWith(`${rootDir}/`) && file.impliedNodeFormat !== ts.ModuleKind.CommonJS,
  )
if (esm) fail(`${esm.fileName} was compiled as ESM, not CommonJS.`)
const emitted = program.emit()
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]
if (diagnostics.some((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)) {
  rmSync(outDir, { recursive: true, force: true })
  fail(`CommonJS build of ${packageDir} failed.`, diagnostics)
}
// Bundlers read `sideEffects` from the nearest package.json, which for dist/cjs/ is this one.
const { sideEffects } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
const scope = sideEffects === undefined ? { type: 'commonjs' } : { type: 'commonjs', sideEffects }
mkdirSync(outDir, { recursive: true })
writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(scope, null, 2)}\n`)
