import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { type RunningMock, startMockServer } from '@sendsms/mock-server/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fillPlaceholders } from './fill-placeholders.js'
import { type ExampleLanguage, findInterpreter } from './interpreters.js'

const run = promisify(execFile)
const examplesDir = fileURLToPath(new URL('../send-sms-docs/', import.meta.url))
const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url))
const MOBILE = '254712345678'
const MESSAGE = 'Hello from the provider docs'

const examples = readdirSync(examplesDir).map((file) => ({
  file,
  language: file.split('.').pop() as ExampleLanguage,
}))

describe('the examples of the Send SMS page', () => {
  let server: RunningMock
  let workDir: string

  beforeAll(async () => {
    server = await startMockServer({ port: 0 })
    workDir = mkdtempSync(join(tmpdir(), 'sendsms-examples-'))
  })
  afterAll(async () => {
    await server?.close()
    rmSync(workDir, { recursive: true, force: true })
  })
  beforeEach(() => server.mock.journal.clear())

  it('covers GET and POST in PHP, Node.js and Python', () => {
    expect(examples.map((e) => e.file).sort()).toEqual([
      'get.cjs',
      'get.php',
      'get.py',
      'post.cjs',
      'post.php',
      'post.py',
    ])
  })

  it.each(examples)('$file gets a 200 row from the mock', async ({ file, language }) => {
    const interpreter = findInterpreter(language)
    if (!interpreter) {
      // A developer may lack PHP or Python; CI installs them, so there it is a failure.
      expect(process.env.CI, `no interpreter for ${file}`).not.toBe('true')
      return
    }
    const source = fillPlaceholders(readFileSync(join(examplesDir, file), 'utf8'), {
      baseUrl: server.url,
      apikey: SANDBOX_ACCOUNT.apikey,
      partnerID: SANDBOX_ACCOUNT.partnerID,
      shortcode: SANDBOX_ACCOUNT.shortcodes[0] ?? '',
      mobile: MOBILE,
      message: MESSAGE,
    })
    const script = join(workDir, file)
    writeFileSync(script, source)

    const { stdout } = await run(interpreter, [script], {
      timeout: 20_000,
      env: { ...process.env, NODE_PATH: nodeModules },
    })

    // PHP and Python print the raw JSON; Node prints the parsed object.
    expect(stdout).toMatch(/["']response-code["']\s*:\s*200/)
    expect(stdout).toContain(MOBILE)
    const journaled = server.mock.journal.list()
    expect(journaled).toHaveLength(1)
    expect(journaled[0]).toMatchObject({ mobile: MOBILE, message: MESSAGE, status: 'sent' })
  })
})
