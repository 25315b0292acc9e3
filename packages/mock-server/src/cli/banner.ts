/**
 * @module
 * The start-up banner: where the mock listens and which accounts it knows. Only the
 * sandbox apikey is shown (it is public); other accounts' keys never are.
 */
import { PROVIDER_ENDPOINTS } from '../endpoints/index.js'
import type { RunningMock } from '../node/start-mock-server.js'
import { type MockAccount, SANDBOX_ACCOUNT } from '../state/accounts.js'

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
    ...PROVIDER_ENDPOINTS.map((e) => `  ${`${e.name}:`.padEnd(9)}${running.url}${e.paths[0]}`),
    `  control: ${running.url}/__mock/messages, /__mock/accounts, /__mock/faults, /__mock/reset`,
  ]
  if (sandbox) {
    lines.push(
      `Sandbox account: partnerID ${sandbox.partnerID}, apikey ${sandbox.apikey}, shortcode ${sandbox.shortcodes.join(',')}, credit ${sandbox.credit}`,
    )
  }
  for (const account of others) lines.push(`Account: ${describeAccount(account)} (apikey hidden)`)
  return `${lines.join('\n')}\n`
}
