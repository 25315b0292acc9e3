#!/usr/bin/env node
// `pnpm mutation`: Stryker on each package whose tests guard the API's behaviour (the mock's
// rules and endpoint layer, the client's core, the CLI's commands), one package after the
// other, then one table of scores. Each package keeps its own threshold in its
// stryker.config.json (`thresholds.break`) and lists its equivalent survivors in
// mutation-survivors.md next to it. Not part of `pnpm test`: a full run takes tens of minutes.
//
//   pnpm mutation                 every package
//   pnpm mutation client cli      only these
//   pnpm mutation -- --concurrency 1   extra flags go to `stryker run`
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const PACKAGES = ['mock-server', 'client', 'cli']
const root = new URL('..', import.meta.url)

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const chosen = args.filter((arg) => PACKAGES.includes(arg))
const strykerFlags = args.filter((arg) => !PACKAGES.includes(arg))
const unknown = chosen.length === 0 ? args.filter((arg) => !arg.startsWith('-')) : []
if (unknown.length > 0) {
  console.error(`Unknown package ${unknown.join(', ')}; choose from ${PACKAGES.join(', ')}.`)
  process.exit(2)
}

// Stryker's own definition: detected (killed or timed out) over every valid mutant,
// survivors and mutants no test covers included.
const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

function readScore(dir) {
  const report = new URL(`packages/${dir}/reports/mutation/mutation.json`, root)
  if (!existsSync(report)) return undefined
  const { files } = JSON.parse(readFileSync(report, 'utf8'))
  let detected = 0
  let undetected = 0
  for (const file of Object.values(files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1
      else if (UNDETECTED.has(mutant.status)) undetected += 1
    }
  }
  const total = detected + undetected
  return { detected, undetected, score: total === 0 ? 0 : (100 * detected) / total }
}

function threshold(dir) {
  const config = JSON.parse(
    readFileSync(new URL(`packages/${dir}/stryker.config.json`, root), 'utf8'),
  )
  return config.thresholds?.break ?? 0
}

const rows = []
for (const dir of chosen.length > 0 ? chosen : PACKAGES) {
  console.log(`\n== mutation testing packages/${dir} ==`)
  const started = Date.now()
  const run = spawnSync(
    'pnpm',
    ['-C', `packages/${dir}`, 'exec', 'stryker', 'run', ...strykerFlags],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  const minutes = (Date.now() - started) / 60_000
  rows.push({ dir, minutes, exit: run.status, score: readScore(dir), breakAt: threshold(dir) })
}

console.log('\npackage        score    killed  survived  threshold  minutes  result')
let failed = false
for (const { dir, minutes, exit, score, breakAt } of rows) {
  const ok = exit === 0 && score !== undefined && score.score >= breakAt
  failed ||= !ok
  const figures =
    score === undefined
      ? 'no report'.padEnd(25)
      : `${score.score.toFixed(2).padStart(6)} %  ${String(score.detected).padStart(6)}  ${String(score.undetected).padStart(8)}`
  console.log(
    `${dir.padEnd(13)}  ${figures}  ${`${breakAt} %`.padStart(9)}  ${minutes.toFixed(1).padStart(7)}  ${ok ? 'pass' : 'FAIL'}`,
  )
}
process.exit(failed ? 1 : 0)
