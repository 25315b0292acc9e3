/**
 * @module
 * The verification as a JUnit XML report, the format CI systems show as test results
 * (GitHub Actions through a reporter action, GitLab CI's `artifacts:reports:junit`): one
 * test suite per consumer, one test case per interaction, a failure with its problems.
 */

/**
 * One interaction as the report shows it.
 * @example
 * const row: JunitCase = { consumer: 'my-app', description: 'a send', states: [], passed: true, problems: [] }
 */
export interface JunitCase {
  consumer: string
  description: string
  states: readonly string[]
  passed: boolean
  problems: readonly string[]
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

// XML 1.0 allows neither these control characters nor an escape for them: they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

function xml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

function testCase(row: JunitCase): string {
  const name = row.states.length
    ? `${row.description} (given ${row.states.join(', ')})`
    : row.description
  const open = `    <testcase classname="${xml(row.consumer)}" name="${xml(name)}"`
  if (row.passed) return `${open}/>`
  const message = row.problems[0] ?? 'verification failed'
  return [
    `${open}>`,
    `      <failure message="${xml(message)}">${xml(row.problems.join('\n'))}</failure>`,
    '    </testcase>',
  ].join('\n')
}

/**
 * The JUnit XML of `rows`, grouped by consumer in the order they come.
 * @example
 * junitReport('advanta-sms-api', [{ consumer: 'my-app', description: 'a send', states: [], passed: true, problems: [] }])
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="advanta-sms-api" tests="1" failures="0">…'
 */
export function junitReport(provider: string, rows: readonly JunitCase[]): string {
  const consumers = [...new Set(rows.map((row) => row.consumer))]
  const failures = rows.filter((row) => !row.passed).length
  const suites = consumers.map((consumer) => {
    const cases = rows.filter((row) => row.consumer === consumer)
    const failed = cases.filter((row) => !row.passed).length
    return [
      `  <testsuite name="${xml(`${consumer} → ${provider}`)}" tests="${cases.length}" failures="${failed}">`,
      ...cases.map(testCase),
      '  </testsuite>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(provider)}" tests="${rows.length}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}
