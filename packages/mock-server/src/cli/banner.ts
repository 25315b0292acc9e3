/**
 * @module
 * The start-up banner: where the mock listens, how it answers and which accounts it
 * knows. Only the sandbox apikey is shown (it is public); other accounts' keys never are.
 */
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import type { RunningMock } from '../node/start-mock-server.js'
import type { ProfileOverrides } from '../provider/profiles/active-profile.js'
import type { AnswerField } from '../provider/profiles/answer-fields.js'
import { ANSWER_PROFILES } from '../provider/profiles/named-profiles.js'
import { type MockAccount, SANDBOX_ACCOUNT } from '../state/accounts.js'

// Room for the longest endpoint name, its colon and a space.
const NAME_WIDTH = Math.max(...PROVIDER_ENDPOINTS.map((e) => e.name.length)) + 2

// The profile's base, and what was changed from it.
function profileLine(profile: Required<ProfileOverrides>): string {
  const named = ANSWER_PROFILES[profile.base]
  const changed = [
    ...(profile.codeKey === named.codeKey ? [] : [`code key ${profile.codeKey}`]),
    ...(profile.lowCredit === named.lowCredit ? [] : [`low credit ${profile.lowCredit}`]),
    ...Object.entries(profile.types)
      .filter(([name, type]) => named.types[name as AnswerField] !== type)
      .map(([name, type]) => `${name} ${type}`),
  ]
  return changed.length === 0 ? profile.base : `${profile.base}, with ${changed.join(', ')}`
}

function describeAccount(account: MockAccount): string {
  return `partnerID ${account.partnerID}, shortcode ${account.shortcodes.join(',')}, credit ${account.credit}`
}

/**
 * The banner text for a running mock.
 * @example
 * io.stdout(mockBanner(running))
 */
export function mockBanner(running: RunningMock): string {
  const accounts = running.mock.accounts.list()
  const sandbox = accounts.find(
    (a) => a.partnerID === SANDBOX_ACCOUNT.partnerID && a.apikey === SANDBOX_ACCOUNT.apikey,
  )
  const others = accounts.filter((a) => a !== sandbox)
  const lines = [
    `Advanta SMS mock listening on ${running.url}`,
    ...PROVIDER_ENDPOINTS.map(
      (e) => `  ${`${e.name}:`.padEnd(NAME_WIDTH)}${running.url}${e.paths[0]}`,
    ),
    `  control: ${running.url}/__mock/messages, /__mock/accounts, /__mock/faults, /__mock/profile, /__mock/reset`,
    `  inbox:   ${running.url}/__mock/inbox (every message sent, live, in a browser)`,
    `  clock:   ${running.url}/__mock/clock (${running.mock.clock.virtual ? `virtual, at ${running.mock.clock.now().toISOString()}` : 'real'}); callbacks: /__mock/callbacks`,
  ]
  lines.push(`Answer profile: ${profileLine(running.mock.profile.get())}`)
  if (sandbox) {
    lines.push(
      `Sandbox account: partnerID ${sandbox.partnerID}, apikey ${sandbox.apikey}, shortcode ${sandbox.shortcodes.join(',')}, credit ${sandbox.credit}`,
    )
  }
  for (const account of others) lines.push(`Account: ${describeAccount(account)} (apikey hidden)`)
  return `${lines.join('\n')}\n`
}
