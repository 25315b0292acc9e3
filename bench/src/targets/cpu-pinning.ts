/**
 * @module
 * Keeps the servers and the load generator off each other's CPU. On a machine of two
 * cores, a server and autocannon scheduled freely steal time from each other; with each
 * server on CPU 0 and the bench (autocannon, the client, the uploads) on the others, the
 * bare server's rounds agreed within about 5 % where unpinned ones drifted by a fifth (the
 * mock's still vary more, so rounds are taken in turn and their median judged). Linux only
 * (taskset); elsewhere, or on one CPU, nothing is pinned and the report says so.
 */
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'

let pinned: boolean | undefined

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Moves this process (every thread) to CPUs 1…n-1 and answers whether servers will be
 * pinned to CPU 0. Once per process.
 * @example
 * const isPinned = pinBench()
 */
export function pinBench(): boolean {
  if (pinned !== undefined) return pinned
  const count = cpus().length
  pinned = count >= 2 && process.platform === 'linux' && hasTaskset()
  if (pinned) {
    const rest = count === 2 ? '1' : `1-${count - 1}`
    execFileSync('taskset', ['-a', '-p', '-c', rest, String(process.pid)], { stdio: 'ignore' })
  }
  return pinned
}

/**
 * The command and arguments that start `node args…`, on CPU 0 when the bench is pinned.
 * @example
 * const [command, args] = serverCommand([PATHS.mockBin, '--port', '0'])
 */
export function serverCommand(args: readonly string[]): [string, string[]] {
  return pinned
    ? ['taskset', ['-c', '0', process.execPath, ...args]]
    : [process.execPath, [...args]]
}
