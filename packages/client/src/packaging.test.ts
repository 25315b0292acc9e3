/**
 * @module
 * The published package as another Node process loads it by name: `require()` gets the
 * CommonJS build (dist/cjs/) and `import` the ESM build (dist/), each entry exports what the
 * sources export, and each sends an SMS to the mock. The CommonJS processes run with
 * `--no-experimental-require-module`, as Node before 20.19 does, so an ESM file anywhere on
 * the `require` path (this package's, @sendsms/wire's, openapi-fetch's or the mock's) fails
 * them. The processes resolve from this package's folder, so its own `exports` map and the
 * workspace's links are what they read. Needs the build (turbo's `test` depends on it).
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { SANDBOX } from '@sendsms/test-fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dist = new URL('../dist/', import.meta.url)
const run = promisify(execFile)

/** Runs `script` in a new Node process in this package's folder; returns what it printed as JSON. */
async function runScript(
  type: 'commonjs' | 'module',
  script: string,
  input: unknown,
): Promise<Record<string, unknown>> {
  const flags = type === 'commonjs' ? ['--no-experimental-require-module'] : []
  const args = [...flags, `--input-type=${type}`, '--eval', script, JSON.stringify(input)]
  const { stdout } = await run(process.execPath, args, { cwd: packageDir })
  return JSON.parse(stdout) as Record<string, unknown>
}

/** The value names a module exports, sorted (types leave no trace at run time). */
function namesOf(module: object): string[] {
  return Object.keys(module).sort()
}

// Each script sends one SMS to the sandbox account at the URL it is given and prints where
// the entries resolved, what they export and which numbers were accepted.
const REQUIRE_SCRIPT = `
const client = require('@sendsms/client')
const settings = require('@sendsms/client/settings')
const numbers = require('@sendsms/client/numbers')
const { url, options } = JSON.parse(process.argv[1])
client
  .createClient({ ...options, baseUrl: url, env: false })
  .sendSms({ to: '0712345678', message: 'Loaded with require' })
  .then((result) => {
    console.log(JSON.stringify({
      entry: require.resolve('@sendsms/client'),
      settingsEntry: require.resolve('@sendsms/client/settings'),
      names: Object.keys(client).sort(),
      settingsNames: Object.keys(settings).sort(),
      numbersEntry: require.resolve('@sendsms/client/numbers'),
      numbersNames: Object.keys(numbers).sort(),
      checked: numbers.checkNumbers('0712 345 678, 0201234567').msisdns,
      accepted: result.accepted.map((row) => row.mobile),
    }))
  })
`

const IMPORT_SCRIPT = `
import * as client from '@sendsms/client'
import * as settings from '@sendsms/client/settings'
import * as numbers from '@sendsms/client/numbers'
const { url, options } = JSON.parse(process.argv[1])
const result = await client
  .createClient({ ...options, baseUrl: url, env: false })
  .sendSms({ to: '0712345678', message: 'Loaded with import' })
console.log(JSON.stringify({
  entry: import.meta.resolve('@sendsms/client'),
  settingsEntry: import.meta.resolve('@sendsms/client/settings'),
  names: Object.keys(client).sort(),
  settingsNames: Object.keys(settings).sort(),
  numbersEntry: import.meta.resolve('@sendsms/client/numbers'),
  numbersNames: Object.keys(numbers).sort(),
  checked: numbers.checkNumbers('0712 345 678, 0201234567').msisdns,
  accepted: result.accepted.map((row) => row.mobile),
}))
`

// What a CommonJS test suite (Jest's default) does: require the mock and the client, start
// the mock on a free port, send, stop.
const REQUIRE_WITH_MOCK_SCRIPT = `
const { startMockServer } = require('@sendsms/mock-server/node')
const { createClient } = require('@sendsms/client')
const { options } = JSON.parse(process.argv[1])
startMockServer({ port: 0, host: '127.0.0.1' }).then(async (running) => {
  try {
    const result = await createClient({ ...options, baseUrl: running.url, env: false })
      .sendSms({ to: '0712345678', message: 'Mock loaded with require' })
    console.log(JSON.stringify({
      mockEntry: require.resolve('@sendsms/mock-server/node'),
      accepted: result.accepted.map((row) => row.mobile),
      journal: running.mock.journal.list().map((entry) => entry.message),
    }))
  } finally {
    await running.close()
  }
})
`

// Each test starts a Node process that loads the package: room for a busy machine.
const SPAWN_TIMEOUT = { timeout: 30_000 }

let running: RunningMock | undefined

beforeAll(async () => {
  running = await startMockServer({ port: 0, host: '127.0.0.1' })
})

afterAll(async () => {
  await running?.close()
})

async function sourceNames(): Promise<{
  names: string[]
  settingsNames: string[]
  numbersNames: string[]
}> {
  return {
    names: namesOf(await import('./index.js')),
    settingsNames: namesOf(await import('./settings/index.js')),
    numbersNames: namesOf(await import('./numbers/index.js')),
  }
}

describe('@sendsms/client loaded with require()', SPAWN_TIMEOUT, () => {
  it('resolves to the CommonJS build, exports what the sources export and sends an SMS', async () => {
    const printed = await runScript('commonjs', REQUIRE_SCRIPT, {
      url: running?.url,
      options: SANDBOX,
    })
    expect(printed.entry).toBe(fileURLToPath(new URL('cjs/index.js', dist)))
    expect(printed.settingsEntry).toBe(fileURLToPath(new URL('cjs/settings/index.js', dist)))
    expect(printed.numbersEntry).toBe(fileURLToPath(new URL('cjs/numbers/index.js', dist)))
    expect(printed.checked).toEqual(['254712345678'])
    expect(printed).toMatchObject(await sourceNames())
    expect(printed.accepted).toEqual(['254712345678'])
  })

  it('works beside the mock server, both required, as in a CommonJS test suite', async () => {
    const printed = await runScript('commonjs', REQUIRE_WITH_MOCK_SCRIPT, { options: SANDBOX })
    expect(printed.mockEntry).toMatch(/\/mock-server\/dist\/cjs\/node\/index\.js$/)
    expect(printed.accepted).toEqual(['254712345678'])
    expect(printed.journal).toEqual(['Mock loaded with require'])
  })
})

describe('@sendsms/client loaded with import', SPAWN_TIMEOUT, () => {
  it('resolves to the ESM build, exports what the sources export and sends an SMS', async () => {
    const printed = await runScript('module', IMPORT_SCRIPT, {
      url: running?.url,
      options: SANDBOX,
    })
    expect(printed.entry).toBe(new URL('index.js', dist).href)
    expect(printed.settingsEntry).toBe(new URL('settings/index.js', dist).href)
    expect(printed.numbersEntry).toBe(new URL('numbers/index.js', dist).href)
    expect(printed.checked).toEqual(['254712345678'])
    expect(printed).toMatchObject(await sourceNames())
    expect(printed.accepted).toEqual(['254712345678'])
  })
})
