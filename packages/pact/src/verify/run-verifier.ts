/**
 * @module
 * Runs Pact's verifier on one pact file in a process of its own (`verifier-process.ts`)
 * and collects what it printed and what it reported.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { VerifierReply, VerifierRequest } from './verifier-process.js'

// Built, this module sits beside verifier-process.js. Run from source (this package's own
// tests), the process is the built one: Node 20 cannot run the TypeScript file.
const PROCESS_FILE = fileURLToPath(
  import.meta.url.endsWith('.ts')
    ? new URL('../../dist/verify/verifier-process.js', import.meta.url)
    : new URL('./verifier-process.js', import.meta.url),
)

/**
 * What one verifier run gave: its reply, and the report it printed.
 * @example
 * const run: VerifierRun = { reply: { resolved: true, text: '{…}' }, printed: 'Verifying a pact between …' }
 */
export interface VerifierRun {
  reply: VerifierReply
  printed: string
}

/**
 * Verifies `request.pactFile` in a child process; rejects only if the process dies
 * without answering.
 * @example
 * const { reply, printed } = await runVerifier({ pactFile, provider, baseUrl, statesUrl, logLevel: 'warn' })
 */
export function runVerifier(request: VerifierRequest): Promise<VerifierRun> {
  const child = fork(PROCESS_FILE, [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Pact's core reports usage metrics over the network unless told not to; CI runs offline.
    env: { PACT_DO_NOT_TRACK: 'true', ...process.env },
  })
  let printed = ''
  const collect = (text: string) => {
    printed += text
  }
  child.stdout?.setEncoding('utf8').on('data', collect)
  child.stderr?.setEncoding('utf8').on('data', collect)
  return new Promise((resolve, reject) => {
    let reply: VerifierReply | undefined
    child.once('message', (message: VerifierReply) => {
      reply = message
    })
    child.once('error', reject)
    child.once('close', (code) => {
      if (reply) resolve({ reply, printed })
      else reject(new Error(`Pact's verifier exited with ${code} without a result: ${printed}`))
    })
    child.send(request)
  })
}
