/**
 * @module
 * A ready interaction: the provider state (by the mock's own name), the request on the
 * wire and the answer with its matchers, as plain data a consumer test can read, change
 * and hand to pact-js V4 with {@link addInteraction}. The request goes to the endpoint's
 * spec path (`ENDPOINTS` of `@sendsms/wire`) with the sandbox account's credentials, which
 * the mock accepts when it replays the pact.
 */
import type { PactV4, V3MockServer } from '@pact-foundation/pact'
import { SANDBOX_ACCOUNT } from '@sendsms/mock-server'
import { ENDPOINTS, type EndpointName } from '@sendsms/wire'
import { untilRequestRecorded } from './request-recorded.js'

/**
 * A provider state as a pact records it.
 * @example
 * const state: ReadyState = { name: 'the sandbox account has the given credit', params: { credit: 545 } }
 */
export interface ReadyState {
  name: string
  params?: Record<string, string | number | boolean>
}

/**
 * A value on the wire: text, a number, or the list of a bulk send.
 * @example
 * const params: WireParams = { apikey: 'sandbox-api-key', partnerID: '12345', messageID: '100000001' }
 */
export type WireParams = Record<string, unknown>

/**
 * One interaction, ready for a pact.
 * @example
 * const ready: ReadyInteraction = interactions.getBalance.ok()
 * ready.states[0]?.name // 'the sandbox account has the given credit'
 */
export interface ReadyInteraction {
  states: ReadyState[]
  description: string
  request: { method: 'GET' | 'POST'; path: string; params: WireParams }
  response: { status: 200; body: unknown }
}

/**
 * The account a request is sent from. Default: the mock's sandbox account (partnerID
 * `12345`, apikey `sandbox-api-key`, shortcode `SANDBOX`), the one its provider states set up.
 * @example
 * const account: Account = { apikey: 'sandbox-api-key', partnerID: '12345', shortcode: 'SANDBOX' }
 */
export interface Account {
  apikey: string
  partnerID: string
  shortcode: string
}

/**
 * What every helper takes: the method (default `POST`), a description (each helper has its
 * own, unique per helper and options) and the account.
 * @example
 * const options: RequestOptions = { method: 'GET', description: 'my app checks the balance' }
 */
export interface RequestOptions {
  method?: 'GET' | 'POST'
  description?: string
  account?: Partial<Account>
}

/**
 * The sandbox account, with `overrides`.
 * @example
 * accountOf({ apikey: 'wrong-key' }).partnerID // '12345'
 */
export function accountOf(overrides: Partial<Account> = {}): Account {
  const [shortcode = 'SANDBOX'] = SANDBOX_ACCOUNT.shortcodes
  return {
    apikey: SANDBOX_ACCOUNT.apikey,
    partnerID: SANDBOX_ACCOUNT.partnerID,
    shortcode,
    ...overrides,
  }
}

/**
 * A ready interaction on `endpoint`, its description ending with the method.
 * @example
 * ready('getbalance', { method: 'GET' }, { states: [], description: 'a balance request', params: {}, body: {} })
 */
export function ready(
  endpoint: EndpointName,
  options: RequestOptions,
  parts: { states: ReadyState[]; description: string; params: WireParams; body: unknown },
): ReadyInteraction {
  const method = options.method ?? 'POST'
  return {
    states: parts.states,
    description: options.description ?? `${parts.description} (${method})`,
    request: { method, path: ENDPOINTS[endpoint].path, params: parts.params },
    response: { status: 200, body: parts.body },
  }
}

function queryOf(params: WireParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      // A query carries text only: a list (sendbulk's smslist) has no GET form in the API.
      if (typeof value === 'object') throw new Error(`GET parameter ${key} cannot be a list`)
      return [key, String(value)]
    }),
  )
}

/**
 * Adds `interaction` to `pact` (pact-js V4): its states, description, request (a JSON body
 * for POST, a query for GET) and answer. Call `.executeTest(...)` on the result, with your
 * own code calling the mock server's URL.
 * @example
 * await addInteraction(pact, interactions.getBalance.ok()).executeTest(async (server) => {
 *   expect(await myApp(server.url).balance()).toBe(545)
 * })
 */
export function addInteraction(pact: PactV4, interaction: ReadyInteraction) {
  let builder = pact.addInteraction()
  for (const state of interaction.states) builder = builder.given(state.name, state.params)
  const { method, path, params } = interaction.request
  return builder
    .uponReceiving(interaction.description)
    .withRequest(method, path, (request) => {
      if (method === 'GET') request.query(queryOf(params))
      else request.jsonBody(params)
    })
    .willRespondWith(interaction.response.status, (response) =>
      response.jsonBody(interaction.response.body),
    )
}

/**
 * Adds `interaction` to `pact`, runs `test` against Pact's mock server and resolves once the
 * interaction is written to the pact file: `addInteraction(...).executeTest(test)`, plus a
 * wait, after `test`, until Pact's mock server has recorded the request (see
 * `request-recorded.ts`: without it, a loaded CI machine can fail a passing test with
 * "expected but not received" and drop its interaction).
 * @example
 * await recordInteraction(pact, interactions.getBalance.ok(), async (server) => {
 *   expect(await myApp(server.url).balance()).toBe(545)
 * })
 */
export async function recordInteraction(
  pact: PactV4,
  interaction: ReadyInteraction,
  test: (mockServer: V3MockServer) => Promise<void>,
): Promise<void> {
  await addInteraction(pact, interaction).executeTest(async (mockServer) => {
    await test(mockServer)
    await untilRequestRecorded(pact, mockServer.port)
  })
}
