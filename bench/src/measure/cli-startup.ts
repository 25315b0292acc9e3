/**
 * @module
 * Part 3 of the bench: cold starts of `sendsms --help` and of a one-number
 * `sendsms send` against a mock child, against `node -e 0` (Node's own start-up),
 * spawned alternately so drift hits each alike.
 */
import { spawnSync } from 'node:child_process'
import { PATHS } from '../paths.js'
import { SANDBOX, startMockChild } from '../targets/mock-server.js'

/**
 * Wall-clock milliseconds of one command's starts.
 * @example
 * const s: StartupFigures = result.help
 */
export interface StartupFigures {
  medianMs: number
  p90Ms: number
}

/**
 * The three commands' figures and the ratios to `node -e 0`.
 * @example
 * const r: CliResult = await measureCli(20)
 * r.helpOverNode // e.g. 1.4
 */
export interface CliResult {
  runs: number
  node: StartupFigures
  help: StartupFigures
  send: StartupFigures
  /** Median of `--help` ÷ median of `node -e 0`. */
  helpOverNode: number
  sendOverNode: number
}

function runOnce(args: string[]): number {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const ms = performance.now() - started
  if (run.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`)
  }
  return ms
}

function figures(samples: number[]): StartupFigures {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  return { medianMs: at(0.5), p90Ms: at(0.9) }
}

/**
 * Spawns each command `runs` times (after one untimed start each) and summarises.
 * @example
 * await measureCli(3)
 */
export async function measureCli(runs: number): Promise<CliResult> {
  const mock = await startMockChild()
  try {
    const commands = {
      node: ['-e', '0'],
      help: [PATHS.cliBin, '--help'],
      send: [
        PATHS.cliBin,
        'send',
        '--to',
        '254712345678',
        '--message',
        'Bench',
        '--base-url',
        mock.url,
        '--api-key',
        SANDBOX.apikey,
        '--partner-id',
        SANDBOX.partnerID,
        '--shortcode',
        SANDBOX.shortcode,
      ],
    }
    const samples = { node: [] as number[], help: [] as number[], send: [] as number[] }
    // The untimed starts fill the OS file cache, so every timed start is equally warm.
    for (const args of Object.values(commands)) runOnce(args)
    for (let i = 0; i < runs; i++) {
      samples.node.push(runOnce(commands.node))
      samples.help.push(runOnce(commands.help))
      samples.send.push(runOnce(commands.send))
    }
    const node = figures(samples.node)
    const help = figures(samples.help)
    const send = figures(samples.send)
    return {
      runs,
      node,
      help,
      send,
      helpOverNode: help.medianMs / node.medianMs,
      sendOverNode: send.medianMs / node.medianMs,
    }
  } finally {
    await mock.stop()
  }
}
