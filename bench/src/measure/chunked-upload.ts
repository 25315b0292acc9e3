/**
 * @module
 * Part 5 of the bench: a send whose JSON body arrives in 1-byte chunks (about six bytes
 * each on the wire), the slowest honest way to send a body, while another client keeps
 * sending one-number POSTs. Measured on the mock (default settings) and on bare node:http
 * reading the same upload: how long the upload takes, and how long the other client waits
 * meanwhile (the slowest of its requests, and the 99th percentile).
 */
import { connect } from 'node:net'
import { startBareHttpChild } from '../targets/bare-http.js'
import type { ServerChild } from '../targets/child-process.js'
import { raiseSandboxCredit, SANDBOX, startMockChild } from '../targets/mock-server.js'
import { BENCH_MESSAGE, kenyanNumbers, postBody } from './send-requests.js'

/**
 * One server's figures.
 * @example
 * const f: UploadFigures = result.mock
 */
export interface UploadFigures {
  /** From the first byte written to the answer's last byte read. */
  uploadMs: number
  /** The answer's first bytes, to show it was read (the mock: a 200 row). */
  answer: string
  /** One-number POSTs another client completed during the upload. */
  otherRequests: number
  otherP99Ms: number
  otherMaxMs: number
}

/**
 * Both servers' figures for an upload of `bytes`.
 * @example
 * const r: UploadResult = await measureChunkedUpload(1_000_000)
 */
export interface UploadResult {
  bytes: number
  mock: UploadFigures
  bare: UploadFigures
}

function chunked(body: Buffer): Buffer {
  const pieces: Buffer[] = []
  for (let i = 0; i < body.length; i++)
    pieces.push(Buffer.from(`1\r\n${body.toString('latin1', i, i + 1)}\r\n`, 'latin1'))
  pieces.push(Buffer.from('0\r\n\r\n'))
  return Buffer.concat(pieces)
}

function upload(url: string, wire: Buffer): Promise<{ ms: number; answer: string }> {
  const { hostname, port } = new URL(url)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        'POST /api/services/sendsms HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n' +
          'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
      )
      socket.write(wire)
    })
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1')
    })
    socket.on('error', reject)
    socket.on('close', () => {
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4)
      resolve({ ms: performance.now() - started, answer: body.slice(0, 60) })
    })
  })
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN
}

async function measureOne(server: ServerChild, wire: Buffer): Promise<UploadFigures> {
  const one = postBody(kenyanNumbers(1))
  const waits: number[] = []
  let done = false
  const other = (async () => {
    while (!done) {
      const started = performance.now()
      const res = await fetch(`${server.url}/api/services/sendsms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: one,
      })
      await res.arrayBuffer()
      waits.push(performance.now() - started)
    }
  })()
  const { ms, answer } = await upload(server.url, wire)
  done = true
  await other
  waits.sort((a, b) => a - b)
  return {
    uploadMs: ms,
    answer,
    otherRequests: waits.length,
    otherP99Ms: percentile(waits, 0.99),
    otherMaxMs: waits.at(-1) ?? Number.NaN,
  }
}

/**
 * Uploads a valid send padded to `bytes` in 1-byte chunks to the mock, then to a bare
 * node:http server answering the mock's bytes.
 * @example
 * await measureChunkedUpload(1_000_000)
 */
export async function measureChunkedUpload(bytes: number): Promise<UploadResult> {
  const body = JSON.stringify({
    ...SANDBOX,
    message: BENCH_MESSAGE,
    mobile: kenyanNumbers(1)[0],
  }).padEnd(bytes, ' ')
  const wire = chunked(Buffer.from(body))
  const mock = await startMockChild()
  let mockFigures: UploadFigures
  try {
    await raiseSandboxCredit(mock.url)
    mockFigures = await measureOne(mock, wire)
  } finally {
    await mock.stop()
  }
  const bare = await startBareHttpChild(mockFigures.answer)
  try {
    return { bytes, mock: mockFigures, bare: await measureOne(bare, wire) }
  } finally {
    await bare.stop()
  }
}
