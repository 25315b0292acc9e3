/**
 * Output in a real pseudo-terminal (util-linux `script`), through the built binary against
 * the sandbox mock: colours on a terminal only, NO_COLOR and FORCE_COLOR honoured, and the
 * progress bar of a long send on standard error, never in a pipe, in CI or with --json.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, inTerminal, runBin, useTempDir } from '../testing/run-bin.js'
import { useSandboxMock } from '../testing/sandbox-mock.js'

const sandbox = useSandboxMock()
const dir = useTempDir()
const env = (extra: Record<string, string> = {}) => ({
  ...sandbox.env(),
  SENDSMS_CONFIG_DIR: join(dir(), 'config'),
  ...extra,
})
const GREEN = '\u001b[32m'
const send = `node ${BIN} send --to 254712345678,07123 -m Hi --no-check`

describe('colours', () => {
  it('paints accepted and rejected rows on a terminal', async () => {
    const run = await inTerminal(send, env())
    expect(run.code).toBe(4)
    expect(run.stdout).toContain(`${GREEN}accepted`)
    expect(run.stdout).toContain('\u001b[31mrejected')
  })

  it('paints nothing with NO_COLOR, or in a pipe', async () => {
    expect((await inTerminal(send, env({ NO_COLOR: '1' }))).stdout).not.toContain('\u001b[')
    const piped = await runBin(['send', '--to', '254712345678', '-m', 'Hi'], env())
    expect(piped.stdout).not.toContain('\u001b[')
  })

  it('paints a pipe with FORCE_COLOR', async () => {
    const run = await runBin(
      ['send', '--to', '254712345678', '-m', 'Hi'],
      env({ FORCE_COLOR: '1' }),
    )
    expect(run.stdout).toContain(`${GREEN}accepted`)
  })
})

describe('the progress bar', () => {
  const list = () => {
    const file = join(dir(), 'many.txt')
    const numbers = Array.from({ length: 2500 }, (_, i) => `2547${String(10000000 + i)}`)
    writeFileSync(file, numbers.join('\n'))
    return file
  }

  it('shows numbers sent, rate and time left on a terminal, then the summary', async () => {
    // Standard output to a file: what is left on the terminal is standard error.
    const out = join(dir(), 'out.txt')
    const run = await inTerminal(`${`node ${BIN} send --to @${list()} -m Hi`} > ${out}`, env())
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/sending .* 2500\/2500 numbers \| \d+\/s \| ETA \d+s/)
    expect(run.stdout).not.toContain('accepted')
  })

  it.each([
    ['in CI', { CI: 'true' }, ''],
    ['with --quiet', {}, ' -q'],
    ['with --json', {}, ' --json'],
  ])('is not drawn %s', async (_, extra, flag) => {
    const out = join(dir(), 'quiet.txt')
    const run = await inTerminal(
      `node ${BIN} send --to @${list()} -m Hi${flag} > ${out}`,
      env(extra),
    )
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('numbers |')
  })

  it('is not drawn in a pipe', async () => {
    const run = await runBin(['send', '--to', `@${list()}`, '-m', 'Hi'], env())
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('2500 accepted, 0 rejected')
  })
})
