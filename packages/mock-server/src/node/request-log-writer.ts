/**
 * @module
 * Writes the request log without blocking the event loop. A pipe is a blocking write on
 * Linux, so `npm start` piping its output (CI, `| tee`) used to stall every request on its
 * log line. pino's destination (sonic-boom) queues lines and writes them in batches from
 * the thread pool; past 1 MiB of unwritten lines (a reader slower than the traffic) new
 * lines are dropped and counted, so memory stays bounded, and the count is written once the
 * reader catches up.
 */
import { type DestinationStream, pino } from 'pino'
import type { LogFormat } from '../log/log-format.js'
import { formatRequestLine, type RequestLogEntry } from '../log/request-log-entry.js'

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

const MAX_QUEUED_BYTES = 1024 * 1024

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

interface Output {
  stream: DestinationStream
  close(): void
}

// Standard output through sonic-boom, with dropped lines counted and reported as soon as
// a batch has been written (there is room again then).
function standardOutput(): Output {
  const destination = pino.destination({ dest: 1, sync: false, maxLength: MAX_QUEUED_BYTES })
  let dropped = 0
  destination.on('drop', () => {
    dropped += 1
  })
  destination.on('write', () => {
    if (dropped === 0) return
    const note = `${isoNow()} ${dropped} log lines were dropped: the log is read slower than requests arrive\n`
    dropped = 0
    destination.write(note)
  })
  return { stream: destination, close: () => destination.flushSync() }
}

/**
 * Opens the request log.
 * @example
 * const writer = createRequestLogWriter({ format: 'json' })
 * const running = await startMockServer({ log: writer.log })
 */
export function createRequestLogWriter(options: LogWriterOptions): RequestLogWriter {
  const given = options.write
  const output: Output = given
    ? { stream: { write: (line: string) => given(line) }, close: () => {} }
    : standardOutput()
  if (options.format === 'json') {
    const logger = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime }, output.stream)
    return {
      log: (entry) => logger.info(entry, formatRequestLine(entry)),
      close: () => output.close(),
    }
  }
  return {
    log: (entry) => output.stream.write(`${isoNow()} ${formatRequestLine(entry)}\n`),
    close: () => output.close(),
  }
}
