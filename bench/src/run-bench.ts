#!/usr/bin/env node
/**
 * @module
 * `pnpm bench`: runs the seven parts of the bench in one run, prints the report and
 * writes the same figures as JSON. Flags: `--smoke` (tiny durations and counts, for
 * CI), `--json PATH` (default bench/results/latest.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchResult } from './bench-result.js'
import { measureChunkedUpload } from './measure/chunked-upload.js'
import { measureCli } from './measure/cli-startup.js'
import { measureClient } from './measure/client-throughput.js'
import { type InboxPageResult, measureInboxPage } from './measure/inbox-page.js'
import { measureMockMemory } from './measure/mock-memory.js'
import { measureNamespaces } from './measure/namespaces-load.js'
import { compareServers } from './measure/server-comparison.js'
import { REPO_ROOT } from './paths.js'
import { formatReport } from './report/table.js'
import { judgeInboxTarget, judgeTargets } from './report/targets.js'
import { stopAllChildren } from './targets/child-process.js'
import { pinBench } from './targets/cpu-pinning.js'

/**
 * Options of one run.
 * @example
 * const options: BenchOptions = { smoke: true, jsonPath: '/tmp/bench.json' }
 */
export interface BenchOptions {
  smoke?: boolean
  /** Where the JSON goes. Default bench/results/latest.json. */
  jsonPath?: string
  /** Progress lines. Default: stderr. */
  progress?: (line: string) => void
}

/** The sizes of a full run and of a smoke run. */
const SIZES = {
  full: {
    durationS: 5,
    warmupS: 1,
    firstWarmupS: 5,
    serverRounds: 5,
    recipients: 100_000,
    rounds: 25,
    clientWarmups: 3,
    cliRuns: 20,
    messages: 1_000_000,
    uploadBytes: 1_000_000,
    namespaces: 100,
    inboxMessages: 10_000,
    inboxRequests: 200,
  },
  smoke: {
    durationS: 1,
    warmupS: 0.5,
    firstWarmupS: 0.5,
    serverRounds: 1,
    recipients: 2_000,
    rounds: 1,
    clientWarmups: 1,
    cliRuns: 3,
    messages: 10_000,
    uploadBytes: 20_000,
    namespaces: 100,
    inboxMessages: 10_000,
    inboxRequests: 20,
  },
} as const

function machine(pinned: boolean): BenchResult['machine'] {
  return {
    pinned,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  }
}

/**
 * Runs the bench, writes the JSON and returns the result. Every child process is
 * stopped before it returns or throws.
 * @example
 * const result = await runBench({ smoke: true })
 * console.log(formatReport(result))
 */
export async function runBench(
  options: BenchOptions = {},
): Promise<BenchResult & { inbox: InboxPageResult }> {
  const size = options.smoke ? SIZES.smoke : SIZES.full
  const pinned = pinBench()
  const progress = options.progress ?? ((line: string) => void process.stderr.write(`${line}\n`))
  try {
    progress('1/7 mock vs Prism vs bare node:http…')
    const servers = await compareServers({
      durationS: size.durationS,
      warmupS: size.warmupS,
      firstWarmupS: size.firstWarmupS,
      rounds: size.serverRounds,
    })
    progress('2/7 client vs bare fetch…')
    const client = await measureClient({
      recipients: size.recipients,
      concurrency: 4,
      rounds: size.rounds,
      warmupPasses: size.clientWarmups,
    })
    progress('3/7 CLI cold start…')
    const cli = await measureCli(size.cliRuns)
    progress(`4/7 mock memory over ${size.messages} messages…`)
    const memory = await measureMockMemory(size.messages)
    progress(`5/7 a ${size.uploadBytes}-byte body in 1-byte chunks…`)
    const upload = await measureChunkedUpload(size.uploadBytes)
    progress(`6/7 mock under ${size.namespaces} namespaces against one…`)
    const namespaces = await measureNamespaces({
      namespaces: size.namespaces,
      connections: 50,
      durationS: size.durationS,
      warmupS: size.firstWarmupS,
      rounds: size.serverRounds,
    })
    progress(`7/7 the inbox page with ${size.inboxMessages} messages…`)
    const inbox = await measureInboxPage({
      messages: size.inboxMessages,
      requests: size.inboxRequests,
    })
    const measured = {
      smoke: options.smoke === true,
      machine: machine(pinned),
      servers,
      client,
      cli,
      memory,
      upload,
      namespaces,
    }
    // The inbox's figures ride beside the others; its target joins theirs.
    const result = {
      ...measured,
      inbox,
      targets: [...judgeTargets(measured), judgeInboxTarget(inbox)],
    }
    const jsonPath = options.jsonPath ?? `${REPO_ROOT}bench/results/latest.json`
    mkdirSync(dirname(jsonPath), { recursive: true })
    writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await stopAllChildren()
  }
}

function parseFlags(argv: string[]): BenchOptions {
  const options: BenchOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--smoke') options.smoke = true
    else if (flag === '--json' && argv[i + 1]) options.jsonPath = argv[++i] as string
    else throw new Error(`unknown flag ${flag}; usage: run-bench [--smoke] [--json PATH]`)
  }
  return options
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A signal must not leave servers behind: stop the children, then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAllChildren().finally(() => process.exit(130)))
  }
  runBench(parseFlags(process.argv.slice(2))).then(
    (result) => process.stdout.write(formatReport(result)),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`)
      process.exitCode = 1
    },
  )
}
