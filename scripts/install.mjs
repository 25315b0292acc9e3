#!/usr/bin/env node
// Installs the workspace with the pnpm version pinned in package.json's `packageManager`.
// Why: the README promises that a machine with only Node.js and npm needs no other set-up,
// and corepack cannot be relied on, so we use a matching global pnpm or fetch it with npx.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const version = packageManager.replace(/^pnpm@/, '')

function globalPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return undefined
  }
}

const useGlobal = globalPnpmVersion() === version
const command = useGlobal ? 'pnpm' : 'npx'
const args = useGlobal ? [] : ['--yes', `pnpm@${version}`]
args.push('install', '--frozen-lockfile', '--reporter=silent')
const result = spawnSync(command, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, COREPACK_ENABLE_STRICT: '0' },
})
if (result.status !== 0) {
  console.error(`pnpm@${version} install failed (exit ${result.status ?? result.signal}).`)
  process.exit(result.status ?? 1)
}
