/**
 * Entry point of `sendsms` as a function: dispatches to the commands and is the one
 * top-level handler. Expected failures print one clear line (or a JSON document) and map to
 * their exit code; anything else is a bug, printed with its stack, exit code 1.
 */
import { redactSecrets } from '@sendsms/client/settings'
import type { CliIo, ResolvedIo } from './cli-io.js'
import { helpText } from './commands/help.js'
import { readVersion } from './commands/version.js'
import { CliError, UsageError } from './errors/cli-error.js'
import { EXIT_CODES } from './exit-codes.js'
import { apiKeysOf } from './input/api-keys.js'
import { suggestionHint } from './input/did-you-mean.js'
import { readStdin } from './input/read-stdin.js'
import { formatJsonError } from './output/json.js'
import { waitForStopSignal } from './stop-signal.js'

/**
 * Runs `sendsms` with the given arguments (without `node` and the script path) and returns
 * the exit code. Never calls process.exit; `mock` returns only after its server is closed.
 *
 * @example
 * ```ts
 * import { runCli } from '@sendsms/cli'
 *
 * const code = await runCli(['send', '--to', '254712345678', '--message', 'Hi', '--json'], {
 *   env: { ADVANTA_BASE_URL: 'http://127.0.0.1:4010', ADVANTA_API_KEY: 'sandbox-api-key',
 *          ADVANTA_PARTNER_ID: '12345', ADVANTA_SHORTCODE: 'SANDBOX' },
 * })
 * ```
 */
export async function runCli(argv: string[], io: CliIo = {}): Promise<number> {
  const [command, ...rest] = argv
  const base = resolveIo(io)
  // The mock banner shows the sandbox key on purpose; every other command never shows a key.
  // Keys found later (a profile's, an --env-file's) join this list: redactingIo reads it at
  // every write.
  base.secrets.push(...apiKeysOf(argv, base.env))
  const out = command === 'mock' ? base : redactingIo(base)
  try {
    return await dispatch(command, rest, out)
  } catch (error) {
    return report(error, out)
  }
}

async function dispatch(
  command: string | undefined,
  rest: readonly string[],
  io: ResolvedIo,
): Promise<number> {
  switch (command) {
    // Commands are loaded on demand: `sendsms --help` only parses this file and help.ts.
    case 'send':
      return (await import('./commands/send.js')).runSend(rest, io)
    case 'bulk':
      return (await import('./commands/bulk.js')).runBulk(rest, io)
    case 'otp':
      return (await import('./commands/otp.js')).runOtp(rest, io)
    case 'balance':
      return (await import('./commands/balance.js')).runBalance(rest, io)
    case 'status':
      return (await import('./commands/status.js')).runStatus(rest, io)
    case 'drift':
      return (await import('./commands/drift.js')).runDrift(rest, io)
    case 'mock':
      return (await import('./commands/mock.js')).runMock(rest, io)
    case 'pact':
      return (await import('./commands/pact.js')).runPact(rest, io)
    case 'config':
      return (await import('./commands/config.js')).runConfig(rest, io)
    case 'completion':
      return (await import('./commands/completion.js')).runCompletion(rest, io)
    case 'help':
      if (rest.length > 1) throw new UsageError('help takes at most one command')
      io.stdout(await helpText(rest[0]))
      return EXIT_CODES.ok
    case '--help':
    case '-h':
      io.stdout(await helpText())
      return EXIT_CODES.ok
    case '--version':
    case '-v':
      io.stdout(`${readVersion()}\n`)
      return EXIT_CODES.ok
    case undefined:
      // No command at all is bad usage, but the full help is the most useful answer to it.
      io.stderr(await helpText())
      return EXIT_CODES.usage
    default:
      throw new UsageError(`unknown command '${command}'`, {
        hint: suggestionHint(command, commandNames(await helpText()), {
          fallback: "Run 'sendsms --help' for the list of commands.",
          render: (name) => `sendsms ${name}`,
        }),
      })
  }
}

/** The commands the general help lists (`  sendsms NAME …`), so a new command is suggested once it is documented. */
function commandNames(help: string): string[] {
  return [...help.matchAll(/^ {2}sendsms ([a-z][a-z-]*)/gm)].map((match) => match[1] ?? '')
}

function report(error: unknown, io: ResolvedIo): number {
  if (error instanceof CliError) {
    if (error.stdout !== undefined) io.stdout(error.stdout)
    else if (error.json) io.stdout(formatJsonError(error.details, error.message))
    io.stderr(`sendsms: ${error.message}\n`)
    if (error.hint !== undefined) io.stderr(`${error.hint}\n`)
    return error.exitCode
  }
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error)
  io.stderr(`sendsms: unexpected error (this is a bug, please report it)\n${stack}\n`)
  return EXIT_CODES.bug
}

function resolveIo(io: CliIo): ResolvedIo {
  return {
    stdout: io.stdout ?? ((text) => void process.stdout.write(text)),
    stdoutIsProcess: io.stdout === undefined,
    stderr: io.stderr ?? ((text) => void process.stderr.write(text)),
    env: io.env ?? process.env,
    readStdin: io.readStdin ?? readStdin,
    waitForStop: io.waitForStop ?? waitForStopSignal,
    isTTY: {
      stdout: io.isTTY?.stdout ?? (io.stdout === undefined && process.stdout.isTTY === true),
      stderr: io.isTTY?.stderr ?? (io.stderr === undefined && process.stderr.isTTY === true),
    },
    secrets: [],
  }
}

/**
 * A last line of defence for the API key: every line passes through the client's
 * redactSecrets, so even an unforeseen message quoting the key (raw or encoded) prints
 * `[redacted]` instead.
 */
function redactingIo(io: ResolvedIo): ResolvedIo {
  const mask = (text: string) => (io.secrets.length === 0 ? text : redactSecrets(text, io.secrets))
  return {
    ...io,
    stdout: (text) => io.stdout(mask(text)),
    stderr: (text) => io.stderr(mask(text)),
  }
}
