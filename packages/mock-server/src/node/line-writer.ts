/**
 * @module
 * Writes lines to a file descriptor without blocking the event loop and within a bounded
 * memory: lines are queued and written in batches from the thread pool (`fs.write`), one
 * write at a time, at least every `flushMs`; past `maxQueuedBytes` of unwritten lines (a
 * reader slower than the traffic) new lines are dropped and counted, and the count is
 * written as a line of its own once there is room again.
 *
 * Why not pino's destination (sonic-boom 4), which does the same: on every line it is
 * given it measures the UTF-8 length of the whole string it is batching into
 * (`Buffer.byteLength` of its last buffer), so each line of a 16 KiB batch scans kilobytes,
 * and the bigger the batch the dearer each line.
 */
import { write, writeSync } from 'node:fs'

/**
 * How a line writer batches and bounds.
 * @example
 * const options: LineWriterOptions = { fd: 1, batchBytes: 16 * 1024, flushMs: 100, maxQueuedBytes: 1024 * 1024, dropNote: (n) => `${n} lines dropped\n` }
 */
export interface LineWriterOptions {
  fd: number
  /** A batch is written once it holds this much… @unit bytes */
  batchBytes: number
  /** …or this long after its first line. @unit milliseconds */
  flushMs: number
  /** Lines beyond this much unwritten are dropped. @unit bytes */
  maxQueuedBytes: number
  /** The line that reports how many lines were dropped, once there is room for it. */
  dropNote: (dropped: number) => string
}

/**
 * A line writer.
 * @example
 * const out: LineWriter = createLineWriter(options)
 * out.write('hello\n')
 */
export interface LineWriter {
  /** Queues a line (its newline included). */
  write(line: string): void
  /** Writes everything queued, synchronously (after a batch still in flight): for the end. */
  close(): void
}

// How long the last lines may hold up the end of the process while the reader catches up.
const CLOSE_WAIT_MS = 2000
const pause = new Int32Array(new SharedArrayBuffer(4))

function writeAllSync(fd: number, bytes: Buffer): void {
  const deadline = performance.now() + CLOSE_WAIT_MS
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset)
    } catch (error) {
      // A full non-blocking pipe: wait a little for the reader, then try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || performance.now() > deadline) return
      Atomics.wait(pause, 0, 0, 10)
    }
  }
}

/**
 * Creates a line writer on `options.fd`.
 * @example
 * const out = createLineWriter({ fd: 1, batchBytes: 16384, flushMs: 100, maxQueuedBytes: 1 << 20, dropNote: (n) => `${n} dropped\n` })
 */
export function createLineWriter(options: LineWriterOptions): LineWriter {
  const { fd, batchBytes, flushMs, maxQueuedBytes, dropNote } = options
  let queued: string[] = []
  // Counted in UTF-16 units, not bytes: close enough for a bound, and free to count.
  let queuedLength = 0
  // What a short write left, written before anything queued after it.
  let rest: Buffer | undefined
  let inFlight = 0
  let dropped = 0
  let broken = false
  let closing = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const later = (): void => {
    timer ??= setTimeout(flush, flushMs)
  }
  const take = (): Buffer => {
    const text = Buffer.from(queued.join(''))
    queued = []
    queuedLength = 0
    const head = rest
    rest = undefined
    return head ? Buffer.concat([head, text]) : text
  }
  function flush(): void {
    timer = undefined
    if (inFlight > 0 || broken || (rest === undefined && queued.length === 0)) return
    const bytes = take()
    inFlight = bytes.length
    write(fd, bytes, 0, bytes.length, null, (error, written) => {
      inFlight = 0
      if (error && error.code !== 'EAGAIN') {
        // The reader is gone (EPIPE): logging ends, requests go on.
        broken = true
        return
      }
      // A non-blocking pipe that is full takes part of a batch, or none (EAGAIN).
      const done = error ? 0 : written
      if (done < bytes.length) rest = bytes.subarray(done)
      // Room again: say what was lost, once.
      else noteDrops()
      if (closing) writeRest()
      else if (rest !== undefined && done === 0) later()
      else if (queuedLength >= batchBytes || rest !== undefined) flush()
      else if (queued.length > 0) later()
    })
  }

  function noteDrops(): void {
    if (dropped === 0) return
    const note = dropNote(dropped)
    dropped = 0
    queued.push(note)
    queuedLength += note.length
  }

  // At the end, whatever is left goes out synchronously, after the batch in flight.
  const writeRest = (): void => {
    noteDrops()
    if (broken || (rest === undefined && queued.length === 0)) return
    writeAllSync(fd, take())
  }

  return {
    write: (line) => {
      if (broken) return
      if (queuedLength + inFlight + (rest?.length ?? 0) > maxQueuedBytes) {
        dropped += 1
        return
      }
      queued.push(line)
      queuedLength += line.length
      if (queuedLength >= batchBytes) flush()
      else later()
    },
    close: () => {
      if (timer) clearTimeout(timer)
      timer = undefined
      closing = true
      if (inFlight === 0) writeRest()
    },
  }
}
