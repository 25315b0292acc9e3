#!/usr/bin/env node
// Checks that `npm install --global @sendsms/cli` gives a working `sendsms`, as a user gets it
// from the registry. The packages are not on the public registry, so the check makes a
// registry of its own: it packs the CLI and every workspace package it depends on with
// `pnpm pack` (which writes real versions for `workspace:` and `catalog:`), publishes the
// tarballs to a throw-away Verdaccio on a free port of 127.0.0.1 (`@sendsms/*` served from
// there, everything else proxied to the public npm registry), installs the CLI globally into a
// temp prefix with plain npm, then runs the installed commands against the mock they bring.
//
// Run it after `pnpm run build` (it packs the built dist/): `node scripts/global-install-check.mjs`.
// It needs the public npm registry (Verdaccio itself, and the third-party dependencies the
// install pulls through it), so CI runs it after `npm test`, whose tests run offline.
// Everything it makes lives in one temp dir (registry storage, npm cache and userconfig, the
// global prefix, HOME): ~/.npmrc and the user's global packages are never touched. Every
// process it starts is stopped and the temp dir removed on success, on failure and on Ctrl-C.
// One line per step; the first failure prints what went wrong and exits 1.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = '@sendsms/cli'
const VERDACCIO = 'verdaccio@6'
const UPLINK = 'https://registry.npmjs.org/'
/** What `sendsms send` prints last when the one recipient was accepted. */
const ACCEPTED_LINE = /^1 accepted, 0 rejected$/m

/** How long each kind of step may take, in milliseconds, so that CI never hangs on one. */
const LIMITS = {
  tool: 300_000, // installing Verdaccio (about 330 packages)
  pack: 120_000,
  registry: 60_000, // Verdaccio answering its ping
  publish: 60_000,
  install: 180_000, // the global install, third-party packages fetched through the uplink
  command: 30_000, // one `sendsms` command
}

/** A failure the check explains itself: no stack, its message and the output that shows why. */
class CheckError extends Error {
  constructor(message, output = '') {
    super(message)
    this.output = output
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'sendsms-global-'))
/** Every process started and not yet known to have exited, with whether it leads a group. */
const children = new Map()
const started = Date.now()
let steps = 0
/** Set on Ctrl-C: the steps then failing only because their processes were stopped stay quiet. */
let stopping = false

/**
 * Runs one step and prints its line, with `describe(result)` after the name; a failure is
 * thrown on, with the step's name, to stop the check there.
 */
async function step(name, action, describe = (result) => result) {
  const stepStarted = Date.now()
  try {
    const result = await action()
    const detail = describe(result)
    steps += 1
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''} (${seconds(stepStarted)})`)
    return result
  } catch (error) {
    error.step = name
    throw error
  }
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`
}

/** Where a started process is tracked, and stopped at the end whatever happened. */
function track(child, { group = false } = {}) {
  children.set(child, group)
  child.once('exit', () => children.delete(child))
  return child
}

/** Stops a process we started (its whole group when it leads one), SIGKILL after 5 s. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const group = children.get(child) === true
  const exited = once(child, 'exit')
  const signal = (name) => {
    try {
      // A detached child leads its own process group: npm's own children go with it.
      process.kill(group ? -child.pid : child.pid, name)
    } catch {
      // Already gone.
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/**
 * Runs a command to its end with a time limit and collects its output. Started in a process
 * group of its own, so that a time-out stops what it started too.
 */
async function run(command, args, { env = process.env, cwd = tmp, timeoutMs }) {
  const child = track(spawn(command, args, { cwd, env, detached: true, stdio: 'pipe' }), {
    group: true,
  })
  child.stdin.end()
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    stop(child)
  }, timeoutMs)
  const shown = [command, ...args].join(' ')
  let code
  let signal
  try {
    // 'close', not 'exit': the output is all read by then.
    ;[code, signal] = await once(child, 'close')
  } catch (error) {
    throw new CheckError(`could not start ${shown}: ${error.message}`)
  } finally {
    clearTimeout(timer)
  }
  if (timedOut) {
    throw new CheckError(`${shown} took more than ${timeoutMs / 1000} s`, stderr || stdout)
  }
  return { code, signal, stdout, stderr, shown }
}

/** run(), and a CheckError unless the command exited 0. */
async function runOk(command, args, options) {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit ${result.code}`
    throw new CheckError(`${result.shown} failed (${how})`, result.stderr || result.stdout)
  }
  return result
}

/** The environment without npm's own variables (set when run through `pnpm run`, say). */
function npmEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)),
  )
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** The workspace's packages under packages/, by name. */
function workspacePackages() {
  const byName = new Map()
  for (const entry of readdirSync(join(ROOT, 'packages'), { withFileTypes: true })) {
    const file = join(ROOT, 'packages', entry.name, 'package.json')
    if (!entry.isDirectory() || !existsSync(file)) continue
    const manifest = readJson(file)
    byName.set(manifest.name, { dir: join(ROOT, 'packages', entry.name), manifest })
  }
  return byName
}

/**
 * The CLI and every workspace package an install of it reaches through `dependencies` or
 * `optionalDependencies` (not peers or dev tools), dependencies before their dependents, so
 * that each is published before a package that needs it.
 */
function packagesToPublish() {
  const byName = workspacePackages()
  const ordered = []
  const visit = (name, from) => {
    if (ordered.some((pkg) => pkg.name === name)) return
    const found = byName.get(name)
    if (found === undefined) throw new CheckError(`${from} depends on ${name}, not in packages/`)
    if (found.manifest.private) {
      throw new CheckError(`${from} depends on ${name}, which is private and cannot be published`)
    }
    const { dependencies = {}, optionalDependencies = {} } = found.manifest
    for (const [dep, spec] of Object.entries({ ...dependencies, ...optionalDependencies })) {
      if (spec.startsWith('workspace:')) visit(dep, name)
    }
    ordered.push({
      name,
      version: found.manifest.version,
      dir: found.dir,
      manifest: found.manifest,
    })
  }
  visit(CLI, 'the check')
  return ordered
}

/** A port of 127.0.0.1 that nothing listens on right now. */
async function freePort() {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address()
  server.close()
  await once(server, 'close')
  return port
}

/** The pnpm-packed package.json, checked for specs that only mean something in the workspace. */
async function packedManifest(tarball) {
  const listing = await runOk('tar', ['-tzf', tarball], { timeoutMs: LIMITS.command })
  const files = new Set(listing.stdout.split('\n').filter(Boolean))
  const { stdout } = await runOk('tar', ['-xzOf', tarball, 'package/package.json'], {
    timeoutMs: LIMITS.command,
  })
  const manifest = JSON.parse(stdout)
  for (const field of [
    'dependencies',
    'optionalDependencies',
    'peerDependencies',
    'devDependencies',
  ]) {
    for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog):/.test(spec)) {
        throw new CheckError(`the packed ${manifest.name} still has ${field} ${dep}: "${spec}"`)
      }
    }
  }
  for (const [bin, target] of Object.entries(manifest.bin ?? {})) {
    if (!files.has(`package/${target.replace(/^\.\//, '')}`)) {
      throw new CheckError(`the packed ${manifest.name} lacks ${target}, its bin ${bin}`)
    }
  }
  return manifest
}

/** Starts Verdaccio with a config of its own in the temp dir and waits for it to answer. */
async function startRegistry(verdaccioBin) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const config = join(tmp, 'registry', 'config.yaml')
  mkdirSync(join(tmp, 'registry'), { recursive: true })
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(tmp, 'registry', 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(tmp, 'registry', 'htpasswd'))}`,
      'uplinks:',
      '  npmjs:',
      `    url: ${UPLINK}`,
      'packages:',
      // Served from here only: a name the check did not publish is a 404, never the public one.
      "  '@sendsms/*':",
      '    access: $all',
      '    publish: $anonymous',
      "  '**':",
      '    access: $all',
      '    proxy: npmjs',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  )
  const logFile = join(tmp, 'registry', 'verdaccio.log')
  const log = openSync(logFile, 'w')
  const child = track(
    spawn(process.execPath, [verdaccioBin, '--config', config, '--listen', `127.0.0.1:${port}`], {
      cwd: tmp,
      env: npmEnv(),
      stdio: ['ignore', log, log],
    }),
  )
  closeSync(log)
  const deadline = Date.now() + LIMITS.registry
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new CheckError(`Verdaccio exited (${child.exitCode})`, readFileSync(logFile, 'utf8'))
    }
    try {
      const answer = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(2000) })
      if (answer.ok) return { url, port, logFile }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new CheckError(
    `Verdaccio did not answer ${url} within ${LIMITS.registry / 1000} s`,
    readFileSync(logFile, 'utf8'),
  )
}

/**
 * Starts `sendsms mock --port 0` and resolves with its URL once it prints its "listening on"
 * line; its later output is drained so that it never blocks on a full pipe.
 */
async function startMock(env) {
  const child = track(spawn('sendsms', ['mock', '--port', '0'], { cwd: tmp, env, stdio: 'pipe' }))
  child.once('error', () => {})
  child.stdin.end()
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  const lines = createInterface({ input: child.stdout })
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new CheckError(`no "listening on" line within ${LIMITS.command / 1000} s`)),
      LIMITS.command,
    )
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line)
      if (match === null) return
      clearTimeout(timer)
      resolve(match[1])
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new CheckError(`could not start sendsms mock: ${error.message}`))
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new CheckError(`sendsms mock exited (${code}) before listening`, stderr))
    })
  })
  return { child, url }
}

/** The output of a failed command, its last lines, indented under the failure. */
function excerpt(output) {
  const lines = output.trimEnd().split('\n').slice(-20)
  return lines.map((line) => `      ${line}`).join('\n')
}

async function check() {
  const published = await step(
    'workspace packages to publish',
    () => {
      const found = packagesToPublish()
      for (const { name, dir } of found) {
        if (!existsSync(join(dir, 'dist'))) {
          throw new CheckError(`${name} is not built (no dist/): run \`pnpm run build\` first`)
        }
      }
      return found
    },
    (found) => found.map(({ name, version }) => `${name}@${version}`).join(', '),
  )
  const cliVersion = published.at(-1).version

  const tarballs = []
  let verdaccioVersion
  for (const pkg of published) {
    await step(`pnpm pack ${pkg.name}`, async () => {
      const destination = join(tmp, 'tarballs', pkg.name.replace('/', '+'))
      mkdirSync(destination, { recursive: true })
      await runOk('pnpm', ['pack', '--pack-destination', destination], {
        cwd: pkg.dir,
        env: npmEnv(),
        timeoutMs: LIMITS.pack,
      })
      const [file] = readdirSync(destination).filter((name) => name.endsWith('.tgz'))
      if (file === undefined) throw new CheckError(`pnpm pack wrote no tarball for ${pkg.name}`)
      const tarball = join(destination, file)
      const manifest = await packedManifest(tarball)
      if (manifest.name !== pkg.name || manifest.version !== pkg.version) {
        throw new CheckError(
          `${file} holds ${manifest.name}@${manifest.version}, not ${pkg.name}@${pkg.version}`,
        )
      }
      tarballs.push({ ...pkg, tarball })
      const pinned = Object.entries(manifest.dependencies ?? {})
        .filter(([dep]) => published.some(({ name }) => name === dep))
        .map(([dep, spec]) => `${dep}@${spec}`)
      return `${file}${pinned.length > 0 ? `, depends on ${pinned.join(', ')}` : ''}`
    })
  }

  const verdaccioBin = await step(
    `install ${VERDACCIO} into the temp dir`,
    async () => {
      const prefix = join(tmp, 'verdaccio')
      await runOk(
        'npm',
        ['install', '--prefix', prefix, VERDACCIO, '--no-fund', '--no-audit', '--loglevel=error'],
        { env: { ...npmEnv(), NPM_CONFIG_UPDATE_NOTIFIER: 'false' }, timeoutMs: LIMITS.tool },
      )
      const dir = join(prefix, 'node_modules', 'verdaccio')
      const manifest = readJson(join(dir, 'package.json'))
      verdaccioVersion = manifest.version
      return join(dir, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.verdaccio)
    },
    () => `verdaccio ${verdaccioVersion}`,
  )

  const registry = await step(
    'start the local registry',
    () => startRegistry(verdaccioBin),
    ({ url }) => `${url} (@sendsms/* local, the rest via ${UPLINK})`,
  )

  // Verdaccio wants a token on publish; with `publish: $anonymous` any token will do. Only
  // this file is used as npm's userconfig from here on, never ~/.npmrc.
  const userconfig = join(tmp, 'npmrc')
  writeFileSync(
    userconfig,
    [
      `//127.0.0.1:${registry.port}/:_authToken=throw-away-local-token`,
      `cache=${join(tmp, 'npm-cache')}`,
      'update-notifier=false',
      'fund=false',
      'audit=false',
      '',
    ].join('\n'),
  )
  const npmArgs = ['--registry', registry.url, '--userconfig', userconfig]

  for (const { name, version, tarball } of tarballs) {
    await step(`npm publish ${name}@${version}`, async () => {
      await runOk('npm', ['publish', tarball, ...npmArgs], {
        env: npmEnv(),
        timeoutMs: LIMITS.publish,
      })
    })
  }

  const prefix = join(tmp, 'global')
  await step(`npm install -g ${CLI}`, async () => {
    const { stdout } = await runOk('npm', ['install', '-g', CLI, '--prefix', prefix, ...npmArgs], {
      env: npmEnv(),
      timeoutMs: LIMITS.install,
    })
    return stdout.trim().split('\n').at(-1)
  })

  const binDir = join(prefix, 'bin')
  const installedDir = join(prefix, 'lib', 'node_modules', CLI)
  const linked = existsSync(binDir) ? readdirSync(binDir) : []
  await step('npm linked the CLI bins', () => {
    // The bins the CLI's own package.json declares, not the packed copy's: a tarball that
    // lost its `bin` must fail here.
    const cliBins = Object.keys(published.at(-1).manifest.bin ?? {})
    const missing = cliBins.filter((bin) => !linked.includes(bin))
    if (cliBins.length === 0) throw new CheckError(`${CLI}'s package.json declares no bin`)
    if (missing.length > 0) {
      throw new CheckError(
        `npm did not link ${missing.join(', ')} into ${binDir} (it holds ${linked.join(', ') || 'nothing'}): ` +
          'is `bin` in the published package.json, and its file in the tarball?',
      )
    }
    return `${binDir}: ${linked.join(', ')}`
  })

  // As a user's shell runs them: the global bin dir first on PATH, a fresh HOME and config
  // dir, and none of the caller's ADVANTA_* or SENDSMS_* settings.
  const { SANDBOX } = await import(
    pathToFileURL(join(ROOT, 'packages/test-fixtures/dist/index.js'))
  )
  const { ENV_VARIABLES } = await import(
    pathToFileURL(join(ROOT, 'packages/client/dist/settings/index.js'))
  )
  const userEnv = {
    ...Object.fromEntries(
      Object.entries(npmEnv()).filter(
        ([key]) => !/^(ADVANTA_|SENDSMS_|XDG_CONFIG_HOME$)/.test(key),
      ),
    ),
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`,
    HOME: join(tmp, 'home'),
    SENDSMS_CONFIG_DIR: join(tmp, 'home', 'sendsms'),
    NO_COLOR: '1',
  }
  mkdirSync(userEnv.HOME, { recursive: true })
  const sendsms = (args, env = userEnv) =>
    runOk('sendsms', args, { env, timeoutMs: LIMITS.command })

  await step('sendsms --version', async () => {
    const { stdout } = await sendsms(['--version'])
    if (stdout.trim() !== cliVersion) {
      throw new CheckError(`sendsms --version printed "${stdout.trim()}", not ${cliVersion}`)
    }
    return stdout.trim()
  })

  await step('sendsms --help', async () => {
    const { stdout } = await sendsms(['--help'])
    return stdout.trim().split('\n')[0]
  })

  const mock = await step(
    'sendsms mock --port 0',
    () => startMock(userEnv),
    ({ url }) => `listening on ${url}`,
  )

  await step('sendsms send --to 254712345678 --message Hi', async () => {
    const { stdout, stderr } = await sendsms(['send', '--to', '254712345678', '--message', 'Hi'], {
      ...userEnv,
      [ENV_VARIABLES.baseUrl]: mock.url,
      [ENV_VARIABLES.apiKey]: SANDBOX.apiKey,
      [ENV_VARIABLES.partnerId]: SANDBOX.partnerId,
      [ENV_VARIABLES.shortcode]: SANDBOX.shortcode,
    })
    if (!ACCEPTED_LINE.test(stdout)) {
      throw new CheckError('sendsms send did not print "1 accepted, 0 rejected"', stdout + stderr)
    }
    if (`${stdout}${stderr}`.includes(SANDBOX.apiKey)) {
      throw new CheckError('sendsms send printed the API key')
    }
    return stdout.match(ACCEPTED_LINE)[0]
  })

  await step('sendsms mock stops on SIGTERM', async () => {
    if (mock.child.exitCode !== null) {
      throw new CheckError(`sendsms mock had exited already (${mock.child.exitCode})`)
    }
    const exited = once(mock.child, 'exit')
    mock.child.kill('SIGTERM')
    const timer = setTimeout(() => mock.child.kill('SIGKILL'), LIMITS.command)
    const [code, signal] = await exited
    clearTimeout(timer)
    if (code !== 0) throw new CheckError(`sendsms mock exited with ${signal ?? code}, not 0`)
    return 'exit 0'
  })

  // The other packages' bins (sendsms-mock): npm links only the bins of the package named on
  // the command line into the global bin dir; a dependency's bins land in the CLI's own
  // node_modules/.bin. Run each from wherever npm put it.
  for (const { name, manifest } of published.slice(0, -1)) {
    for (const bin of Object.keys(manifest.bin ?? {})) {
      await step(`${bin} --help`, async () => {
        const global = linked.includes(bin)
        const path = global ? bin : join(installedDir, 'node_modules', '.bin', bin)
        if (!global && !existsSync(path)) {
          throw new CheckError(`${bin} of ${name} is neither in ${binDir} nor at ${path}`)
        }
        await runOk(path, ['--help'], { env: userEnv, timeoutMs: LIMITS.command })
        return global ? `linked in ${binDir}` : `not linked globally (a dependency's bin): ${path}`
      })
    }
  }
}

async function cleanup() {
  await Promise.all([...children.keys()].map(stop))
  rmSync(tmp, { recursive: true, force: true })
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = true
    console.error(`global-install: stopped by ${signal}; cleaning up`)
    await cleanup()
    process.exit(1)
  })
}

try {
  await check()
  console.log(`global-install: passed, ${steps} steps in ${seconds(started)}`)
} catch (error) {
  process.exitCode = 1
  const where = error.step ? ` at "${error.step}"` : ''
  if (stopping) {
    // Said already by the signal handler.
  } else if (error instanceof CheckError) {
    console.error(`FAIL  global-install${where}: ${error.message}`)
    if (error.output) console.error(excerpt(error.output))
  } else {
    console.error(`FAIL  global-install${where}:`, error)
  }
} finally {
  await cleanup()
}
