/**
 * @module
 * The shape of one bench run: what run-bench writes as JSON and the table prints.
 */

import type { UploadResult } from './measure/chunked-upload.js'
import type { CliResult } from './measure/cli-startup.js'
import type { ClientResult } from './measure/client-throughput.js'
import type { MemoryResult } from './measure/mock-memory.js'
import type { NamespacesResult } from './measure/namespaces-load.js'
import type { ScenarioResult } from './measure/server-comparison.js'

/**
 * One target of the issue, judged on this run's figures.
 * @example
 * const t: TargetVerdict = { name: 'mock ÷ Prism req/s', value: 31.2, unit: '×', limit: '>= 20', pass: true }
 */
export interface TargetVerdict {
  name: string
  value: number
  unit: string
  /** The target as text, e.g. `>= 20`. */
  limit: string
  pass: boolean
}

/**
 * Everything one run measured, with the machine it ran on.
 * @example
 * const result: BenchResult = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'))
 */
export interface BenchResult {
  smoke: boolean
  machine: {
    date: string
    node: string
    cpus: number
    cpuModel: string
    platform: string
    /** Servers on CPU 0, the bench on the others (cpu-pinning.ts). */
    pinned: boolean
  }
  servers: ScenarioResult[]
  client: ClientResult
  cli: CliResult
  memory: MemoryResult
  upload: UploadResult
  namespaces: NamespacesResult
  targets: TargetVerdict[]
}
