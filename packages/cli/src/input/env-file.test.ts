/**
 * Tests of reading `.env` text for `--env-file`: the forms dotenv and Node's own
 * `--env-file` write, and the lines that are not variables.
 */
import { describe, expect, it } from 'vitest'
import { parseEnvText } from './env-file.js'

describe('parseEnvText', () => {
  it.each<[string, Record<string, string>]>([
    ['ADVANTA_PARTNER_ID=12345', { ADVANTA_PARTNER_ID: '12345' }],
    ['export ADVANTA_PARTNER_ID=12345', { ADVANTA_PARTNER_ID: '12345' }],
    ['  ADVANTA_SHORTCODE = SANDBOX  ', { ADVANTA_SHORTCODE: 'SANDBOX' }],
    ['ADVANTA_SHORTCODE=SANDBOX # the sandbox', { ADVANTA_SHORTCODE: 'SANDBOX' }],
    ['KEY=a#b', { KEY: 'a#b' }],
    ['KEY="a # b"', { KEY: 'a # b' }],
    ["KEY='line\\none'", { KEY: 'line\\none' }],
    ['KEY="line\\none"', { KEY: 'line\none' }],
    ['KEY="unclosed', { KEY: 'unclosed' }],
    ['KEY=', { KEY: '' }],
    ['my.key-1=x', { 'my.key-1': 'x' }],
    ['\uFEFFKEY=x', { KEY: 'x' }],
    ['A=1\r\nB=2\n', { A: '1', B: '2' }],
    ['A=1\nA=2', { A: '2' }],
    ['# comment\n\nnot a variable\n1KEY=x\n=x', {}],
  ])('reads %j as %j', (text, variables) => {
    expect(parseEnvText(text)).toEqual(variables)
  })
})
