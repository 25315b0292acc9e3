/** sendsms mock in-process: banner, serving, clean stop through an injected stop signal, bad flags, a port in use. */
import { createServer } from 'node:net'
import { mockCliUsage } from '@sendsms/mock-server/usage'
import { SANDBOX } from '@sendsms/test-fixtures'
import { afterEach, describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { runCli } from '../run-cli.js'
import { captureIo } from '../testing/capture-io.js'

/** Stops every mock a test started, even when the test failed half-way. */
const stops: Array<() => void> = []

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

/** A stop signal the test fires itself, instead of sending SIGTERM to the test runner. */
function manualStop() {
  let stop = (): void => {}
  const stopped = new Promise<void>((resolve) => {
    stop = resolve
  })
  stops.push(() => stop())
  return { stop: () => stop(), waitForStop: () => stopped }
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('sendsms mock', () => {
  it('prints the banner, serves until stopped, then closes and exits 0', async () => {
    const { stop, waitForStop } = manualStop()
    const captured = captureIo({}, { waitForStop })
    const exit = runCli(['mock', '--port', '0', '--host', '127.0.0.1', '--quiet'], captured.io)

    await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(captured.stdout()))
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(captured.stdout())?.[0] ?? ''
    expect(captured.stdout()).toContain(SANDBOX.apiKey)
    const health = await fetch(`${url}/__mock/health`)
    expect(health.status).toBe(200)

    stop()
    expect(await exit).toBe(EXIT_CODES.ok)
    expect(captured.stderr()).toBe('Mock server stopped.\n')
    await expect(fetch(`${url}/__mock/health`)).rejects.toThrow()
  })

  it('shows the sandbox key in its banner even when ADVANTA_API_KEY holds that key', async () => {
    // Every other command masks the key of ADVANTA_API_KEY; the sandbox key is public, and
    // the banner is where people read it.
    const { stop, waitForStop } = manualStop()
    const captured = captureIo({ ADVANTA_API_KEY: SANDBOX.apiKey }, { waitForStop })
    const exit = runCli(['mock', '--port', '0', '--quiet'], captured.io)
    await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(captured.stdout()))
    stop()
    expect(await exit).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toContain(SANDBOX.apiKey)
    expect(captured.all()).not.toContain('[redacted]')
  })

  it('accepts the flags of the mock binary, such as --account', async () => {
    const { stop, waitForStop } = manualStop()
    const captured = captureIo({}, { waitForStop })
    const exit = runCli(
      ['mock', '--port', '0', '--quiet', '--account', '777:brand-key:BRAND:500'],
      captured.io,
    )
    await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(captured.stdout()))
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(captured.stdout())?.[0] ?? ''
    const accounts = await (await fetch(`${url}/__mock/accounts`)).text()
    expect(accounts).toContain('BRAND')
    stop()
    expect(await exit).toBe(EXIT_CODES.ok)
  })

  it('exits 2 with the reason for a bad flag and starts nothing', async () => {
    const captured = captureIo()
    expect(await runCli(['mock', '--port', 'abc'], captured.io)).toBe(EXIT_CODES.usage)
    expect(captured.stderr()).toMatch(/^sendsms: .*port/)
    expect(captured.stderr()).not.toMatch(/\n\s+at /)
  })

  it('exits 10 with the reason and what to change when the port is in use', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = taken.address() as { port: number }
      const captured = captureIo()
      const argv = ['mock', '--port', String(port), '--host', '127.0.0.1', '--quiet']
      expect(await runCli(argv, captured.io)).toBe(EXIT_CODES.cannotListen)
      expect(captured.stderr().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`^sendsms: cannot start the mock: .*EADDRINUSE.*:${port}$`),
        ),
        'Pick another --port (or PORT), or a --host of this machine.',
        '',
      ])
      expect(captured.stdout()).toBe('')
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('logs each request through its own output unless --quiet', async () => {
    const { stop, waitForStop } = manualStop()
    const captured = captureIo({}, { waitForStop })
    const exit = runCli(['mock', '--port', '0'], captured.io)
    await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(captured.stdout()))
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(captured.stdout())?.[0] ?? ''
    await (await fetch(`${url}/api/services/sendsms?apikey=nope&partnerID=1`)).arrayBuffer()
    stop()
    expect(await exit).toBe(EXIT_CODES.ok)
    expect(captured.stdout()).toMatch(
      /Z GET \/api\/services\/sendsms -> 1006 Invalid credentials \(/,
    )
    expect(captured.stdout()).not.toContain('apikey=nope')
  })

  it.each([[['help', 'mock']], [['mock', '--help']], [['mock', '--port', '0', '-h']]])(
    "prints the mock command line's own help for %j",
    async (argv) => {
      const captured = captureIo({})
      expect(await runCli(argv, captured.io)).toBe(EXIT_CODES.ok)
      expect(captured.stdout()).toBe(mockCliUsage('sendsms mock'))
      expect(captured.stdout()).toContain('Usage: sendsms mock [options]')
    },
  )
})
