/**
 * @module
 * Writes the request log: one readable line per request, or one JSON object per line in
 * pino's format (`level`, `time` in ISO 8601, the entry's fields, the readable line as
 * `msg`), so pino's tools (`pino-pretty`) read it. Lines go through a line writer that
 * never blocks the event loop and holds at most 1 MiB of them (line-writer.ts).
 *
 * pino itself is not used: for the same entry and message, `logger.info` cost about
 * 2.0 µs of CPU per line against 1.25 µs for this writer's JSON line (a million lines in a
 * loop, destinations that only count; Node 20), and its destination batches at a cost per
 * line that grows with the batch (line-writer.ts). The format is all that is kept of it.
 */
import type { LogFormat } from '../log/log-format.js'
import { formatRequestLine, type RequestLogEntry } from '../log/request-log-entry.js'
import { createLineWriter } from './line-writer.js'

/**
 * Where the log goes and how it looks.
 * @example
 * const options: LogWriterOptions = { format: 'text' }
 */
export interface LogWriterOptions {
  format: LogFormat
  /** Receives each line (newline included) instead of standard output, e.g. in tests. */
  write?: (line: string) => void
}

/**
 * An open log.
 * @example
 * const writer: RequestLogWriter = createRequestLogWriter({ format: 'text' })
 * startMockServer({ log: writer.log })
 */
export interface RequestLogWriter {
  log(entry: RequestLogEntry): void
  /** Writes out what is queued. */
  close(): void
}

// pino's number for `info`.
const INFO = 30

// Most requests of a busy server share a millisecond with the one before: the time text
// is kept for that millisecond.
let lastTime = Number.NaN
let lastIso = ''
function isoNow(): string {
  const time = Date.now()
  if (time !== lastTime) {
    lastTime = time
    lastIso = new Date(time).toISOString()
  }
  return lastIso
}

function standardOutput(): { write(line: string): void; close(): void } {
  return createLineWriter({
    fd: 1,
    // A batch per 16 KiB of lines (about 180), and a person watching sees a line within a
    // tenth of a second.
    batchBytes: 16 * 1024,
    flushMs: 100,
    maxQueuedBytes: 1024 * 1024,
    dropNote: (dropped) =>
      `${isoNow()} ${dropped} log lines were dropped: the log is read slower than requests arrive\n`,
  })
}

/**
 * Opens the request log.
 * @example
 * const writer = createRequestLogWriter({ format: 'json' })
 * const running = await startMockServer({ log: writer.log })
 */
export function createRequestLogWriter(options: LogWriterOptions): RequestLogWriter {
  const given = options.write
  const output = given ? { write: given, close: () => {} } : standardOutput()
  if (options.format === 'json') {
    return {
      log: (entry) => {
        const line = formatRequestLine(entry)
        output.write(`${JSON.stringify({ level: INFO, time: isoNow(), ...entry, msg: line })}\n`)
      },
      close: () => output.close(),
    }
  }
  return {
    log: (entry) => output.write(`${isoNow()} ${formatRequestLine(entry)}\n`),
    close: () => output.close(),
  }
}
