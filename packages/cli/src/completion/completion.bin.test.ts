/**
 * `sendsms completion bash|zsh|fish` through the built binary: the bash script, loaded in a
 * real bash, completes commands, flags, files and the profiles of the config file; every
 * script holds the flags the commands parse. Also "did you mean" for a mistyped command or
 * flag, and a port in use as one line with its own exit code.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../exit-codes.js'
import { BIN, runBin, runCommand, useTempDir } from '../testing/run-bin.js'

const dir = useTempDir()

async function complete(line: string, env: Record<string, string> = {}): Promise<string[]> {
  const script = (await runBin(['completion', 'bash'], {})).stdout
  const words = line.split(' ')
  const program = `${script}
sendsms() { node "$SENDSMS_BIN" "$@"; }
COMP_WORDS=(${words.map((word) => JSON.stringify(word)).join(' ')})
COMP_CWORD=${words.length - 1}
_sendsms
printf '%s\\n' "\${COMPREPLY[@]}"`
  const run = await runCommand('bash', ['-c', program], { ...env, SENDSMS_BIN: BIN })
  return run.stdout.split('\n').filter(Boolean)
}

describe('bash completion', () => {
  it('completes commands and flags', async () => {
    expect(await complete('sendsms se')).toEqual(['send'])
    expect(await complete('sendsms send --dr')).toEqual(['--dry-run'])
    expect(await complete('sendsms config u')).toEqual(['unset', 'use'])
    expect(await complete('sendsms config get api')).toEqual(['api-key'])
  })

  it('completes the profiles of the config file after --profile', async () => {
    const env = { SENDSMS_CONFIG_DIR: join(dir(), 'config') }
    for (const name of ['staging', 'live']) {
      await runBin(['config', 'set', 'partner-id', '1', '--profile', name], env)
    }
    expect(await complete('sendsms send --profile ', env)).toEqual(['staging', 'live'])
  })
})

// zsh and fish: CI installs both (.ci/run); a machine without one skips its tests, visibly.
function hasShell(shell: string): boolean {
  try {
    execFileSync(shell, ['-c', 'exit 0'])
    return true
  } catch {
    return false
  }
}

const scripts = new Map<string, string>()

// The shell's script as `sendsms completion SHELL` prints it, written once to a file.
async function scriptFile(shell: string): Promise<string> {
  const written = scripts.get(shell)
  if (written) return written
  const file = join(dir(), `sendsms.${shell}`)
  writeFileSync(file, (await runBin(['completion', shell], {})).stdout)
  scripts.set(shell, file)
  return file
}

// Each case starts a shell and the CLI: the limits guard against a hang, on a loaded machine.
describe.skipIf(!hasShell('fish') && !process.env.CI)(
  'fish completion',
  { timeout: 60_000 },
  () => {
    async function fishComplete(line: string): Promise<string[]> {
      const script = await scriptFile('fish')
      const run = await runCommand('fish', ['-c', `source ${script}; complete -C "${line}"`], {})
      expect(run.code).toBe(0)
      return run.stdout
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split('\t')[0] ?? entry)
    }

    it('completes commands, flags and the actions of pact', async () => {
      expect(await fishComplete('sendsms se')).toEqual(['send'])
      expect(await fishComplete('sendsms send --dr')).toEqual(['--dry-run'])
      expect((await fishComplete('sendsms pact ')).sort()).toEqual(['check', 'verify'])
    })
  },
)

describe.skipIf(!hasShell('zsh') && !process.env.CI)('zsh completion', { timeout: 60_000 }, () => {
  it('loads in zsh with compinit, and defines the completion of sendsms', async () => {
    const script = await scriptFile('zsh')
    const program = `autoload -U compinit && compinit -u -D && source ${script} && print -r -- $_comps[sendsms]`
    const run = await runCommand('zsh', ['-f', '-c', program], { HOME: dir() })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).not.toBe('')
  })
})

describe('every shell', () => {
  it.each(['bash', 'zsh', 'fish'])(
    '%s: the script names the flags of send and of mock',
    async (shell) => {
      const run = await runBin(['completion', shell], {})
      expect(run.code).toBe(0)
      for (const flag of ['dry-run', 'csv', 'env-file', 'profile', 'journal-limit']) {
        expect(run.stdout).toContain(flag)
      }
    },
  )

  it('refuses a shell it has no script for, with the closest one', async () => {
    const run = await runBin(['completion', 'bsh'], {})
    expect(run.code).toBe(EXIT_CODES.usage)
    expect(run.stderr).toContain("Did you mean 'bash'?")
  })
})

describe('did you mean', () => {
  it('suggests the closest command and flag', async () => {
    const command = await runBin(['sned'], {})
    expect(command.code).toBe(EXIT_CODES.usage)
    expect(command.stderr).toBe("sendsms: unknown command 'sned'\nDid you mean 'sendsms send'?\n")
    const flag = await runBin(['send', '--mesage', 'Hi'], {})
    expect(flag.stderr).toContain("Did you mean '--message'?")
  })
})

describe('sendsms mock on a busy port', () => {
  it('prints one line and what to change, exit 10', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = taken.address() as { port: number }
      const run = await runBin(['mock', '--port', String(port), '--quiet'], {})
      expect(run.code).toBe(EXIT_CODES.cannotListen)
      expect(run.stderr.split('\n')).toEqual([
        expect.stringMatching(/^sendsms: cannot start the mock: listen EADDRINUSE/),
        'Pick another --port (or PORT), or a --host of this machine.',
        '',
      ])
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })
})
