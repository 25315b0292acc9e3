/**
 * @module
 * Starts a server as a child process and waits until it is ready. Every child is
 * remembered so that `stopAllChildren` (called on success, failure and signals) leaves
 * no process behind.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { serverCommand } from './cpu-pinning.js'

/**
 * A server running in its own process (so it never shares an event loop with the load
 * generator).
 * @example
 * const mock: ServerChild = await startMockChild()
 * await mock.stop()
 */
export interface ServerChild {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string
  /** The process id, for reading /proc/PID/status. */
  pid: number
  /** Ends the process (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>
}

/** How to start one child and recognise that it is ready. */
export interface ChildSpec {
  /** Shown in errors. */
  name: string
  args: string[]
  /** Matched against stdout+stderr; its first group, when any, is the URL. */
  ready: RegExp
  /** Used when `ready` has no group. */
  url?: string
  /** Default 30 000. */
  timeoutMs?: number
}

const running = new Set<ChildProcess>()

const discard = (): void => {}

/**
 * Spawns `node ...args` and resolves once its output matches `spec.ready`.
 * @example
 * await startChild({ name: 'mock', args: [PATHS.mockBin, '--port', '0'], ready: /listening on (\S+)/ })
 */
export function startChild(spec: ChildSpec): Promise<ServerChild> {
  // taskset execs node in place, so the child's pid is node's own (read in /proc).
  const [command, args] = serverCommand(spec.args)
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer)
      void stopChild(child)
      reject(new Error(`${spec.name} did not start: ${why}\n${output.slice(-2000)}`))
    }
    const timer = setTimeout(() => fail('timed out'), spec.timeoutMs ?? 30_000)
    const onData = (chunk: Buffer): void => {
      if (output.length < 100_000) output += chunk.toString()
      const match = spec.ready.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.off('exit', onExit)
      // From here on the output (the mock's request log) is read and thrown away, as a
      // pipe's reader would, without keeping or searching it in the load generator's
      // process.
      child.stdout?.off('data', onData).on('data', discard)
      child.stderr?.off('data', onData).on('data', discard)
      const url = (match[1] ?? spec.url ?? '').replace(/\/$/, '')
      resolve({ url, pid: child.pid ?? 0, stop: () => stopChild(child) })
    }
    const onExit = (code: number | null): void => fail(`exited with ${code}`)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Stops every child still running.
 * @example
 * try { await runBench() } finally { await stopAllChildren() }
 */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map(stopChild))
}

/**
 * How many children are still running (0 after `stopAllChildren`).
 * @example
 * expect(runningChildren()).toBe(0)
 */
export function runningChildren(): number {
  return running.size
}
