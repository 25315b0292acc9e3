/**
 * @module
 * `readPacts`: files and directories, in order, and a clear refusal for what is not a pact.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempPacts } from '../test-support/temp-pacts.js'
import { readPacts } from './collect-pact-files.js'

const pacts = tempPacts()
afterAll(() => pacts.remove())

describe('readPacts', () => {
  it('reads files as named and directories sorted', () => {
    const b = pacts.write('b', [])
    const a = pacts.write('a', [])
    const other = join(pacts.dir, 'other')
    mkdirSync(other)
    writeFileSync(
      join(other, 'c.json'),
      JSON.stringify({ consumer: { name: 'c' }, interactions: [] }),
    )
    writeFileSync(join(other, 'notes.txt'), 'not a pact')
    const read = readPacts([other, b, pacts.dir]).map(({ path }) => path)
    expect(read).toEqual([join(other, 'c.json'), b, a, b])
  })

  it('refuses a missing path, a file that is not JSON, a JSON file that is not a pact, and nothing found', () => {
    const empty = join(pacts.dir, 'empty')
    mkdirSync(empty)
    const text = join(pacts.dir, 'text.json')
    writeFileSync(text, 'nope')
    const notPact = join(pacts.dir, 'not-pact.json')
    writeFileSync(notPact, '{"consumer":{"name":"x"}}')
    expect(() => readPacts(join(pacts.dir, 'missing'))).toThrow(
      /No pact file or directory at .*missing/,
    )
    expect(() => readPacts(text)).toThrow(/text\.json is not a JSON file/)
    expect(() => readPacts(notPact)).toThrow(/not-pact\.json is not a pact: it has no interactions/)
    expect(() => readPacts(empty)).toThrow(/No pact files \(\*\.json\) in .*empty/)
    expect(() => readPacts('null.json')).toThrow(/No pact file or directory/)
  })
})
