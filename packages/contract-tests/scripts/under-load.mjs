#!/usr/bin/env node
// Runs the whole contract suite (consumers, then provider, spec and callback checks) N times
// in a row while two busy-loop processes keep both cores of a small CI machine busy, and
// fails if any run fails. Why: Pact's consumer suite used to lose interactions only under
// CPU load (see README.md, "No flakes"); this is how that is shown to be gone, and how a
// change suspected of bringing it back is checked.
//
//   pnpm -C packages/contract-tests test:under-load          30 runs, 2 busy loops
//   pnpm -C packages/contract-tests test:under-load 5 4      5 runs, 4 busy loops
//
// Each run's output is kept in logs/under-load/run-<n>.log; the summary names failed runs.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'

const runs = Number(process.argv[2] ?? 30)
const busy = Number(process.argv[3] ?? 2)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(busy) || busy < 0) {
  console.error('usage: under-load.mjs [runs ≥ 1] [busy loops ≥ 0]')
  process.exit(2)
}

const packageDir = new URL('..', import.meta.url)
const logDir = new URL('logs/under-load/', packageDir)
mkdirSync(logDir, { recursive: true })

const loops = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
const stopLoops = () => {
  for (const loop of loops) loop.kill('SIGKILL')
}
process.on('exit', stopLoops)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

// Asynchronous, so a signal stops the loops and the run in progress at once.
let current
process.on('exit', () => current?.kill('SIGTERM'))

function runSuite(log) {
  return new Promise((resolve) => {
    const out = createWriteStream(log)
    current = spawn('pnpm', ['run', 'test'], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] })
    current.stdout.pipe(out, { end: false })
    current.stderr.pipe(out, { end: false })
    current.once('close', (code) => {
      out.end()
      resolve(code)
    })
  })
}

const failed = []
const started = Date.now()
for (let run = 1; run <= runs; run += 1) {
  const runStarted = Date.now()
  const code = await runSuite(new URL(`run-${run}.log`, logDir))
  const seconds = ((Date.now() - runStarted) / 1000).toFixed(0)
  const ok = code === 0
  if (!ok) failed.push(run)
  console.log(`run ${run}/${runs}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`)
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1)
console.log(
  `\n${runs - failed.length} of ${runs} runs passed with ${busy} busy loops, in ${minutes} min` +
    (failed.length > 0 ? `; failed: ${failed.join(', ')} (logs/under-load/)` : ''),
)
process.exit(failed.length > 0 ? 1 : 0)
