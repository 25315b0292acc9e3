/**
 * @module
 * Starts the bare node:http ceiling (bare-http-server.ts, run from its built file) in a
 * child process, answering a body of the same bytes as the mock's answer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PATHS } from '../paths.js'
import { type ServerChild, startChild } from './child-process.js'

/**
 * Starts a bare server answering `body` to every request.
 * @example
 * const bare = await startBareHttpChild('{"responses":[]}')
 * await bare.stop()
 */
export async function startBareHttpChild(body: string): Promise<ServerChild> {
  // A file, not an argument: a 1000-row answer is near the kernel's 128 KiB argument limit.
  const dir = mkdtempSync(join(tmpdir(), 'sendsms-bench-'))
  writeFileSync(join(dir, 'body.json'), body)
  try {
    const child = await startChild({
      name: 'bare node:http',
      args: [PATHS.bareHttpBin, join(dir, 'body.json')],
      ready: /listening on (http:\/\/\S+)/,
    })
    return {
      ...child,
      stop: async () => {
        await child.stop()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
