/**
 * @module
 * Reading back what an example printed: JSON from PHP and Python, the logged object from
 * Node (each value keeping its type), and a clear error when nothing usable was printed.
 */
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { readPrintedAnswer } from './printed-answer.js'

const answer = {
  responses: [
    {
      'response-code': 200,
      'response-description': 'Success',
      mobile: 254712345678,
      messageid: '100000001',
      networkid: 1,
    },
  ],
}

describe('readPrintedAnswer', () => {
  it('parses the JSON a PHP or Python example echoes', () => {
    const stdout = `${JSON.stringify(answer)}\n`
    expect(readPrintedAnswer({ stdout, stderr: '' }, 'php')).toEqual(answer)
    expect(readPrintedAnswer({ stdout, stderr: '' }, 'py')).toEqual(answer)
  })

  it('reads the object a Node example logs, keeping each value its type', () => {
    const stdout = `${inspect(answer)}\n`
    expect(stdout).not.toContain('"')
    expect(readPrintedAnswer({ stdout, stderr: '' }, 'cjs')).toStrictEqual(answer)
  })

  it('refuses what console.log cut short', () => {
    const deep = { a: { b: { c: { d: 1 } } } }
    expect(() => readPrintedAnswer({ stdout: inspect(deep), stderr: '' }, 'cjs')).toThrow(
      /cut the answer short/,
    )
  })

  it('shows what was printed when there is no answer', () => {
    const output = { stdout: '', stderr: 'AxiosError: Request failed with status code 404' }
    expect(() => readPrintedAnswer(output, 'cjs')).toThrow(/status code 404/)
    expect(() => readPrintedAnswer(output, 'php')).toThrow(/status code 404/)
  })
})
