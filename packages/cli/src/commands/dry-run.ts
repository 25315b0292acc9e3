/**
 * `--dry-run` of `send`, `otp` and `bulk`: what would be sent (valid and refused numbers,
 * encoding, parts, requests) and the credit it needs, with the account's balance where it
 * can be asked; nothing is sent. The credit rule is the mock's (its README, "Credit"): each
 * accepted recipient costs the message's parts, refused numbers cost nothing.
 */
import type { NumbersCheck } from '@sendsms/client/numbers'
import { isBlank } from '@sendsms/client/settings'
import { analyzeMessage, type MessageAnalysis } from '@sendsms/wire'
import type { ResolvedIo } from '../cli-io.js'
import { resolveConfig } from '../config.js'
import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { paintFor } from '../output/colors.js'
import { type DryRunPlan, formatHumanDryRun, formatJsonDryRun } from '../output/dry-run.js'
import { resolveLayers } from '../profiles/settings-sources.js'
import { type ClientFlags, withClient } from './with-client.js'

/**
 * Prints the plan of a send and returns 0. The balance is asked only when the API key and
 * partner ID are set; a failure to ask is reported in the plan, not fatal.
 *
 * @example
 * ```ts
 * return runDryRun({ check, messages: [message], sent: check.msisdns.length, requests: 1 }, values, io, { json, command: 'send' })
 * ```
 */
export async function runDryRun(
  input: {
    check: NumbersCheck
    /** The texts to send: one for send and otp, one per item for bulk. */
    messages: readonly string[]
    /** How many numbers would be sent (the valid ones, or every one typed with --no-check). */
    sent: number
    requests: number
    /** Hashes of `otp --hashed` among them: sent as given, each costing the parts too. */
    hashes?: number
  },
  flags: ClientFlags,
  io: ResolvedIo,
  context: { json: boolean; command: string },
): Promise<ExitCode> {
  const analyses = input.messages.map((message) => analyzeMessage(message))
  const perRecipient = analyses.length === 1 ? (analyses[0] as MessageAnalysis).parts : undefined
  const credit =
    perRecipient === undefined
      ? analyses.reduce(
          (sum, analysis, index) => sum + (isValidItem(input.check, index) ? analysis.parts : 0),
          0,
        )
      : perRecipient * (input.check.valid.length + (input.hashes ?? 0))
  const plan: DryRunPlan = {
    check: input.check,
    hashes: input.hashes ?? 0,
    analyses,
    sent: input.sent,
    requests: input.requests,
    creditNeeded: credit,
    balance: await askBalance(flags, io, context),
  }
  io.stdout(
    context.json ? formatJsonDryRun(plan) : formatHumanDryRun(plan, await paintFor(io, 'stdout')),
  )
  return EXIT_CODES.ok
}

// Bulk: item i is sent unless its number was refused (repeats are separate messages there).
function isValidItem(check: NumbersCheck, index: number): boolean {
  return !check.refused.some((number) => number.index === index)
}

async function askBalance(
  flags: ClientFlags,
  io: ResolvedIo,
  context: { json: boolean; command: string },
): Promise<DryRunPlan['balance']> {
  const layers = await resolveLayers(flags, io, context)
  const config = resolveConfig(flags, layers.env, context)
  if (isBlank(config.apiKey) || isBlank(config.partnerId)) {
    return { asked: false, reason: 'no API key or partner ID set' }
  }
  try {
    const balance = await withClient(flags, io, { ...context, json: false }, (sms) =>
      sms.getBalance(),
    )
    return { asked: true, credit: balance.credit, creditText: balance.creditText }
  } catch (error) {
    if (error instanceof CliError) return { asked: false, reason: error.message }
    throw error
  }
}
