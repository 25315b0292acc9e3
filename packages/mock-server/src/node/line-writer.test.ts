/**
 * @module
 * The line writer on a file: lines arrive whole and in order, in batches or after a
 * pause, and all of them by the end. What it does on a full pipe (drops, counted and
 * reported) is tested through `sendsms-mock` in request-log-writer.test.ts.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createLineWriter } from './line-writer.js'

const dir = mkdtempSync(join(tmpdir(), 'sendsms-lines-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writerOn(name: string, batchBytes = 64, flushMs = 20) {
  const file = join(dir, name)
  const fd = openSync(file, 'w')
  const writer = createLineWriter({
    fd,
    batchBytes,
    flushMs,
    maxQueuedBytes: 1 << 20,
    dropNote: (n) => `${n} dropped\n`,
  })
  return { writer, read: () => readFileSync(file, 'utf8'), done: () => closeSync(fd) }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('createLineWriter', () => {
  it('writes a batch once it is full, and a short one after a pause', async () => {
    const { writer, read, done } = writerOn('batches.log', 64, 30)
    writer.write('first line\n')
    expect(read()).toBe('')
    await until(() => read() === 'first line\n')
    const long = `${'x'.repeat(70)}\n`
    writer.write(long)
    await until(() => read() === `first line\n${long}`)
    done()
  })

  it('keeps every line whole and in order under many writes, through close', async () => {
    const { writer, read, done } = writerOn('order.log', 256, 1000)
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} caf\u00e9\n`)
    for (const [i, line] of lines.entries()) {
      writer.write(line)
      if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    writer.close()
    await until(() => read().length >= lines.join('').length)
    expect(read()).toBe(lines.join(''))
    done()
  })

  it('writes what is queued at close, at once', () => {
    const { writer, read, done } = writerOn('close.log', 1 << 16, 60_000)
    writer.write('a\n')
    writer.write('b\n')
    writer.close()
    expect(read()).toBe('a\nb\n')
    done()
  })
})
