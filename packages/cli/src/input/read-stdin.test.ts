/** Standard input read to the end as UTF-8, whatever its chunks look like. */
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readStdin } from './read-stdin.js'

afterEach(() => {
  vi.restoreAllMocks()
})

function pipeIn(chunks: (string | Buffer)[]): void {
  vi.spyOn(process, 'stdin', 'get').mockReturnValue(
    Readable.from(chunks) as unknown as typeof process.stdin,
  )
}

describe('readStdin', () => {
  it('joins text and byte chunks, and a character split between two chunks', async () => {
    const u = Buffer.from('ü')
    pipeIn([
      'to,message\n',
      Buffer.from('254712345678,Gr'),
      u.subarray(0, 1),
      u.subarray(1),
      'ss\n',
    ])
    expect(await readStdin()).toBe('to,message\n254712345678,Grüss\n')
  })

  it('reads an empty input as empty text', async () => {
    pipeIn([])
    expect(await readStdin()).toBe('')
  })
})
