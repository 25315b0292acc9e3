/**
 * @module
 * Where the benchmarked programs live. Resolved from this file, so the bench runs the
 * same from `src/` (vitest) and from `dist/` (`pnpm bench`).
 */
import { fileURLToPath } from 'node:url'

/**
 * The repository root, with a trailing slash.
 * @example
 * `${REPO_ROOT}spec/openapi.yaml`
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Built entry points of the programs under test, and the spec Prism mocks.
 * @example
 * spawn(process.execPath, [PATHS.mockBin, '--port', '0', '--quiet'])
 */
export const PATHS = {
  /** `SENDSMS_BENCH_MOCK_BIN` points the bench at another build, e.g. to compare a change. */
  mockBin: process.env.SENDSMS_BENCH_MOCK_BIN ?? `${REPO_ROOT}packages/mock-server/dist/bin.js`,
  cliBin: `${REPO_ROOT}packages/cli/dist/bin.js`,
  prismBin: `${REPO_ROOT}bench/node_modules/@stoplight/prism-cli/dist/index.js`,
  spec: `${REPO_ROOT}spec/openapi.yaml`,
  /** Built even when the bench itself runs from source (vitest): a child runs plain JS. */
  bareHttpBin: `${REPO_ROOT}bench/dist/targets/bare-http-server.js`,
} as const
