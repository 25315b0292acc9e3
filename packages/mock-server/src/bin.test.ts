/**
 * @module
 * The built `sendsms-mock` command as a real process: it serves until SIGTERM and exits
 * 0, and prints usage errors without a stack, exiting 2.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const children: ChildProcess[] = []

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

function run(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, PORT: '' } })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
  })
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  return { child, stdout: () => stdout, stderr: () => stderr }
}

async function urlFrom(read: () => string, child: ChildProcess): Promise<string> {
  while (!/listening on (\S+)/.test(read())) {
    await once(child.stdout as NodeJS.ReadableStream, 'data')
  }
  return /listening on (\S+)/.exec(read())?.[1] ?? ''
}

describe('sendsms-mock', () => {
  it('serves until SIGTERM, then exits 0', async () => {
    const { child, stdout } = run(['--port', '0', '--quiet'])
    const url = await urlFrom(stdout, child)
    expect(await (await fetch(`${url}/__mock/health`)).json()).toMatchObject({ status: 'ok' })
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })

  it('prints a usage error without a stack and exits 2', async () => {
    const { child, stderr } = run(['--nope'])
    const [code] = await once(child, 'exit')
    expect(code).toBe(2)
    expect(stderr()).toBe('Unknown flag --nope. See --help.\n')
  })

  it('prints help on stdout and exits 0', async () => {
    const { child, stdout } = run(['--help'])
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(stdout()).toContain('Usage: sendsms-mock')
  })
})
