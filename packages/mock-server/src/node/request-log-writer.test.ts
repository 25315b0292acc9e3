/**
 * @module
 * The request log as `sendsms-mock` writes it: one readable line or one JSON object per
 * request, never a key, and never blocking the mock when nobody reads it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { RequestLogEntry } from '../log/request-log-entry.js'
import { createRequestLogWriter } from './request-log-writer.js'

const entry: RequestLogEntry = {
  method: 'POST',
  path: '/api/services/sendsms',
  endpoint: 'sendsms',
  status: 200,
  code: 200,
  recipients: 1,
  accepted: 1,
  ms: 0.3,
}

describe('createRequestLogWriter', () => {
  it('writes a readable line with the time first', () => {
    const lines: string[] = []
    createRequestLogWriter({ format: 'text', write: (l) => lines.push(l) }).log(entry)
    expect(lines).toEqual([
      expect.stringMatching(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z POST \/api\/services\/sendsms -> 200, 1 of 1 accepted \(0\.3 ms\)\n$/,
      ),
    ])
  })

  it('writes pino JSON: level, ISO time, every field, and the line as msg', () => {
    const lines: string[] = []
    createRequestLogWriter({ format: 'json', write: (l) => lines.push(l) }).log(entry)
    expect(lines).toHaveLength(1)
    const parsed = JSON.parse(lines[0] ?? '') as Record<string, unknown>
    expect(parsed).toEqual({
      level: 30,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ...entry,
      msg: 'POST /api/services/sendsms -> 200, 1 of 1 accepted (0.3 ms)',
    })
  })
})

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))
const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

async function startBin(args: string[]) {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  const onData = (chunk: Buffer) => {
    out += chunk.toString()
  }
  child.stdout?.on('data', onData)
  while (!/listening on (\S+)/.test(out)) await once(child.stdout as NodeJS.ReadableStream, 'data')
  return { child, url: /listening on (\S+)/.exec(out)?.[1] ?? '', output: () => out, onData }
}

const SECRET = 'log-secret-key-77'

describe('the log of sendsms-mock', () => {
  it('keeps answering while nobody reads its output, holding at most 1 MiB of lines, and says how many it dropped', async () => {
    const { child, url, output, onData } = await startBin([])
    // Stop reading: the pipe and this side's buffer fill after about 240 KB. Written with
    // process.stdout.write, the lines would queue in memory without end; 17 000 lines are
    // about 1.5 MB, past the 1 MiB the mock keeps.
    child.stdout?.off('data', onData)
    child.stdout?.pause()
    const body = JSON.stringify({
      apikey: SECRET,
      partnerID: '1',
      message: 'x',
      shortcode: 'S',
      mobile: '1',
    })
    const requests = 17_000
    const send = async (): Promise<void> => {
      const res = await fetch(`${url}/api/services/sendsms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect((await res.json()) as unknown).toMatchObject({ 'response-code': 1006 })
    }
    for (let sent = 0; sent < requests; sent += 20)
      await Promise.all(Array.from({ length: 20 }, send))
    child.stdout?.on('data', onData)
    child.stdout?.resume()
    // A request after the reader is back, so a written batch makes room for the note.
    await send()
    child.kill('SIGTERM')
    await once(child, 'exit')
    const logged = output()
      .split('\n')
      .filter((l) => l.includes('-> 1006 Invalid credentials')).length
    const notes = [...output().matchAll(/(\d+) log lines were dropped/g)].map((m) => Number(m[1]))
    const dropped = notes.reduce((sum, n) => sum + n, 0)
    expect(notes.length).toBeGreaterThan(0)
    expect(logged + dropped).toBe(requests + 1)
    expect(dropped).toBeGreaterThan(1000)
    expect(output()).not.toContain(SECRET)
  }, 120_000)

  it('writes JSON lines with --log-format json, never the key or the query', async () => {
    const { child, url, output } = await startBin(['--log-format', 'json'])
    await (await fetch(`${url}/api/services/sendsms?apikey=${SECRET}&partnerID=1`)).arrayBuffer()
    await (await fetch(`${url}/api/services/sendsms%3Fapikey=${SECRET}`)).arrayBuffer()
    child.kill('SIGTERM')
    await once(child, 'exit')
    const records = output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(records.map(({ path, status, code }) => ({ path, status, code }))).toEqual([
      { path: '/api/services/sendsms', status: 200, code: 1006 },
      { path: '/api/services/sendsms…', status: 404, code: undefined },
    ])
    expect(output()).not.toContain(SECRET)
  })
})
