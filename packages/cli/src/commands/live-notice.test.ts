/**
 * The notice of a first send to a service that is not local, for each command that sends, in
 * process: printed once per profile, before the request.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/run-bin.js'
import { runInProcess } from '../testing/ways-to-run.js'

const dir = useTempDir()
const VALID = '254712345678'

describe('the notice of a send to the live service', () => {
  it.each([
    ['send', ['send', '--to', VALID, '-m', 'Hi']],
    ['bulk', ['bulk', '-']],
    ['otp', ['otp', '--to', VALID, '-m', 'Code 1']],
  ])('is printed by %s once per profile', async (command, argv) => {
    const env = {
      SENDSMS_CONFIG_DIR: join(dir(), command),
      ADVANTA_API_KEY: 'k',
      ADVANTA_PARTNER_ID: '1',
      ADVANTA_SHORTCODE: 'S',
      // TEST-NET-1: never routed; the 1 ms timeout ends the send before any answer.
      ADVANTA_BASE_URL: 'http://192.0.2.1',
    }
    const args = [...argv, '--timeout', '1']
    const stdin = { stdin: `to,message\n${VALID},Hi\n` }
    const first = await runInProcess(args, env, stdin)
    expect(first.stderr).toContain(
      "sendsms: sending to the live service at http://192.0.2.1 (profile 'default')",
    )
    const second = await runInProcess(args, env, stdin)
    expect(second.stderr).not.toContain('live service')
  })
})
