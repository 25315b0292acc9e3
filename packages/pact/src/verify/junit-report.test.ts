/**
 * @module
 * The JUnit report: suites per consumer, a test case per interaction, failures with their
 * problems, and text from pacts escaped so the XML stays well formed.
 */
import { describe, expect, it } from 'vitest'
import { junitReport } from './junit-report.js'

const row = { consumer: 'my-app', description: 'a send', states: [], passed: true, problems: [] }

describe('junitReport', () => {
  it('counts tests and failures per suite and in all', () => {
    const xml = junitReport('advanta-sms-api', [
      row,
      { ...row, consumer: 'other', passed: false, problems: ['one', 'two'] },
    ])
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="advanta-sms-api" tests="2" failures="1">',
        '  <testsuite name="my-app → advanta-sms-api" tests="1" failures="0">',
        '    <testcase classname="my-app" name="a send"/>',
        '  </testsuite>',
        '  <testsuite name="other → advanta-sms-api" tests="1" failures="1">',
        '    <testcase classname="other" name="a send">',
        '      <failure message="one">one\ntwo</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
  })

  it('names a test case with its states', () => {
    const xml = junitReport('p', [{ ...row, states: ['the sandbox account exists', 'b'] }])
    expect(xml).toContain('name="a send (given the sandbox account exists, b)"')
  })

  it('escapes markup and drops the control characters XML cannot hold', () => {
    const xml = junitReport('p', [
      { ...row, description: `<a & "b" 'c'>\u0001`, passed: false, problems: [] },
    ])
    expect(xml).toContain('name="&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;"')
    expect(xml).toContain('<failure message="verification failed"></failure>')
    expect(xml).not.toContain('\u0001')
  })
})
