/**
 * @module
 * The provider states in process (`mock.providerStates`): each state's effect seen through
 * the mock's own endpoints and handles, the reset that starts a setup and ends a teardown,
 * the value in a name and in `params`, and the refusals of an unknown name or parameter.
 */
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../create-mock.js'
import { DEFAULT_CREDIT, SANDBOX_ACCOUNT } from '../state/accounts.js'
import { MAGIC_NUMBERS } from '../state/deliveries-magic.js'
import { paramsWith, SEND_PATH } from '../test-support/requests.js'
import { ProviderStateError, UnknownProviderStateError } from './provider-state-errors.js'
import { PROVIDER_STATE_NAMES, PROVIDER_STATES } from './provider-states.js'
import {
  ACCOUNT_HAS_CALLBACK_URL,
  API_IS_SLOW,
  answersWithProfile,
  apiIsSlow,
  CONNECTION_RESETS,
  CREDIT_ANSWERED_AS_A_NUMBER,
  invalidNumber,
  LOW_CREDIT_AT_TOP_LEVEL,
  MESSAGE_DELIVERED,
  MESSAGE_NEVER_REPORTED,
  MESSAGE_TO_ABSENT_SUBSCRIBER,
  MESSAGE_WITH_NO_REPORT,
  NEXT_ANSWER_TRUNCATED,
  NEXT_REQUEST_ANSWERS_A_CODE,
  NEXT_REQUEST_GETS_A_PROXY_ERROR,
  NEXT_REQUEST_TIMES_OUT,
  NUMBER_IS_INVALID,
  nextRequestAnswers,
  nextRequestGetsHttp,
  REPORTED_MESSAGE_ID,
  SANDBOX_ACCOUNT_EXISTS,
  SANDBOX_ACCOUNT_HAS_CREDIT,
  SANDBOX_ACCOUNT_HAS_NO_CREDIT,
} from './state-names.js'

const credentials = { apikey: SANDBOX_ACCOUNT.apikey, partnerID: SANDBOX_ACCOUNT.partnerID }

async function post(mock: Mock, path: string, body: unknown) {
  const res = await mock.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await res.json()) as Record<string, unknown>
}

const send = (mock: Mock, mobile = '254712345678') => post(mock, SEND_PATH, paramsWith({ mobile }))
const balance = (mock: Mock) => post(mock, '/api/services/getbalance', credentials)
const report = (mock: Mock) =>
  post(mock, '/api/services/getdlr', { ...credentials, messageID: REPORTED_MESSAGE_ID })
const firstRow = (answer: Record<string, unknown>) =>
  (answer.responses as Record<string, unknown>[])[0]

describe('PROVIDER_STATES', () => {
  it('lists the names the contract tests record, exactly', () => {
    for (const name of [
      'the sandbox account exists',
      'the sandbox account has no credit',
      'the sandbox account has no credit and the API answers low credit at the top level',
      'the sandbox account has the given credit',
      'the sandbox account has the given credit and the API answers it as a number',
      'the API answers with the {profile} profile',
      'a message 100000001 was delivered',
      'a message 100000001 is with a network that never reports',
      'a message 100000001 to an absent subscriber was reported',
      'a message with no report yet',
      'the account has a callback URL',
      'the API answers the next request with code {code}',
      'the API answers the next request with a code',
    ]) {
      expect(PROVIDER_STATE_NAMES).toContain(name)
    }
    expect(new Set(PROVIDER_STATE_NAMES).size).toBe(PROVIDER_STATE_NAMES.length)
  })

  it('gives every state a description and the reset parameter, default true', () => {
    for (const state of PROVIDER_STATES) {
      expect(state.description.length).toBeGreaterThan(20)
      expect(state.params.reset).toMatchObject({ type: 'boolean', default: true })
    }
  })

  it('is what mock.providerStates.list() answers', () => {
    expect(createMock().providerStates.list()).toEqual(PROVIDER_STATES)
  })
})

describe('the account states', () => {
  it('put the sandbox account back with its start credit', async () => {
    const mock = createMock()
    mock.accounts.setCredit(SANDBOX_ACCOUNT.partnerID, 3)
    const done = await mock.providerStates.apply(SANDBOX_ACCOUNT_EXISTS)
    expect(done).toEqual({
      state: SANDBOX_ACCOUNT_EXISTS,
      action: 'setup',
      result: { account: { partnerID: '12345', shortcodes: ['SANDBOX'], credit: DEFAULT_CREDIT } },
    })
    expect(JSON.stringify(done)).not.toContain(SANDBOX_ACCOUNT.apikey)
  })

  it('add the sandbox account to a mock started without it', async () => {
    const mock = createMock({
      accounts: [{ partnerID: '777', apikey: 'acme-key', shortcodes: ['ACME'], credit: 1 }],
    })
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
    expect(mock.accounts.get('12345')?.credit).toBe(0)
  })

  it('answer a 1004 row per number with no credit, and a top-level 1004 when asked', async () => {
    const mock = createMock()
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
    expect(firstRow(await send(mock))?.['response-code']).toBe(1004)
    await mock.providerStates.apply(LOW_CREDIT_AT_TOP_LEVEL)
    expect((await send(mock))['response-code']).toBe(1004)
  })

  it('set the given credit, answered as the docs show it or as a number', async () => {
    const mock = createMock()
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_CREDIT, { credit: 545 })
    expect((await balance(mock)).credit).toBe('545.00')
    await mock.providerStates.apply(CREDIT_ANSWERED_AS_A_NUMBER, { credit: 545 })
    expect((await balance(mock)).credit).toBe(545)
  })

  it('need the credit, and refuse a credit the account cannot hold', async () => {
    const { providerStates } = createMock()
    await expect(providerStates.apply(SANDBOX_ACCOUNT_HAS_CREDIT)).rejects.toThrow(
      'The state needs the parameter credit.',
    )
    await expect(providerStates.apply(SANDBOX_ACCOUNT_HAS_CREDIT, { credit: -1 })).rejects.toThrow(
      TypeError,
    )
  })

  it('give the sandbox account a callback URL', async () => {
    const mock = createMock()
    const callbackUrl = 'http://127.0.0.1:9/dlr'
    const done = await mock.providerStates.apply(ACCOUNT_HAS_CALLBACK_URL, { callbackUrl })
    expect(done.result).toEqual({ account: expect.objectContaining({ callbackUrl }) })
    expect(mock.accounts.get('12345')?.callbackUrl).toBe(callbackUrl)
    await expect(
      mock.providerStates.apply(ACCOUNT_HAS_CALLBACK_URL, { callbackUrl: 'ftp://x' }),
    ).rejects.toThrow('callbackUrl must be an http or https URL')
  })
})

describe('the profile state', () => {
  it('answers with the profile its name gives', async () => {
    const mock = createMock()
    await mock.providerStates.apply(answersWithProfile('live-capture'), { profile: 'live-capture' })
    expect(mock.profile.get()).toMatchObject({ base: 'live-capture', codeKey: 'respose-code' })
    expect(firstRow(await send(mock))?.['respose-code']).toBe(200)
  })

  it('refuses a profile the mock has not', async () => {
    await expect(createMock().providerStates.apply(answersWithProfile('lenient'))).rejects.toThrow(
      'The parameter profile must be one of docs, live-capture, strict-go.',
    )
  })
})

describe('the report states', () => {
  it.each([
    [MESSAGE_DELIVERED, '254712345678', 'DeliveredToTerminal'],
    [MESSAGE_NEVER_REPORTED, '254700000009', 'SentToNetwork'],
    [MESSAGE_TO_ABSENT_SUBSCRIBER, '254700000002', 'AbsentSubscriber'],
  ])('%s: getdlr answers its status', async (name, mobile, status) => {
    const mock = createMock()
    const done = await mock.providerStates.apply(name)
    expect(done.result).toEqual({ messageId: REPORTED_MESSAGE_ID, mobile })
    expect((await report(mock))['delivery-description']).toBe(status)
    expect(mock.clock.virtual).toBe(true)
    // Sent by the rules, not by a request: the request journal holds only clients' requests.
    expect(mock.requests.count()).toBe(1)
  })

  it('a message with no report yet: getdlr answers no report for a message scheduled tomorrow', async () => {
    const mock = createMock()
    await mock.providerStates.apply(MESSAGE_WITH_NO_REPORT)
    expect(mock.journal.find(REPORTED_MESSAGE_ID)?.sendAt).toBeDefined()
    expect((await report(mock))['response-code']).toBe(1009)
  })

  it('refuse to skip the reset once a message was sent, as the id would not be 100000001', async () => {
    const mock = createMock()
    await send(mock)
    await expect(mock.providerStates.apply(MESSAGE_DELIVERED, { reset: false })).rejects.toThrow(
      ProviderStateError,
    )
    expect(mock.journal.size).toBe(1)
  })

  it('refuse when the sandbox account cannot send', async () => {
    const mock = createMock()
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
    await expect(mock.providerStates.apply(MESSAGE_DELIVERED, { reset: false })).rejects.toThrow(
      'The sandbox account could not send message 100000001: the API answered 1004.',
    )
  })
})

describe('the fault states', () => {
  it('answer the next request with the code in the name, then the rules again', async () => {
    const mock = createMock()
    await mock.providerStates.apply(nextRequestAnswers(4090), { code: 4090 })
    expect((await send(mock))['response-code']).toBe(4090)
    expect(firstRow(await send(mock))?.['response-code']).toBe(200)
  })

  it('take the code in params under the name without it', async () => {
    const mock = createMock()
    const done = await mock.providerStates.apply(NEXT_REQUEST_ANSWERS_A_CODE, { code: 1005 })
    expect(done.result).toEqual({ fault: expect.objectContaining({ code: 1005, remaining: 1 }) })
    expect((await balance(mock))['response-code']).toBe(1005)
  })

  it('refuse a code in params that the name contradicts, and an undocumented code', async () => {
    const { providerStates } = createMock()
    await expect(providerStates.apply(nextRequestAnswers(4090), { code: 1005 })).rejects.toThrow(
      "The parameter code is 1005, but the state's name says 4090.",
    )
    await expect(providerStates.apply(nextRequestAnswers(4999))).rejects.toThrow(
      'fault code 4999 is not documented, so it needs a description',
    )
    await expect(providerStates.apply(NEXT_REQUEST_ANSWERS_A_CODE)).rejects.toThrow(
      'The state needs the parameter code.',
    )
  })

  it.each([
    [NEXT_REQUEST_TIMES_OUT, {}, { kind: 'hang', reached: true, remaining: 1 }],
    [NEXT_REQUEST_TIMES_OUT, { reached: false }, { kind: 'hang', reached: false, remaining: 1 }],
    [
      NEXT_REQUEST_GETS_A_PROXY_ERROR,
      {},
      { kind: 'http', status: 503, reached: false, remaining: 1 },
    ],
    [nextRequestGetsHttp(502), {}, { kind: 'http', status: 502, reached: false, remaining: 1 }],
    [CONNECTION_RESETS, {}, { kind: 'reset', reached: true, remaining: 1 }],
    [NEXT_ANSWER_TRUNCATED, {}, { kind: 'truncated', reached: true, remaining: 1 }],
    [
      API_IS_SLOW,
      {},
      { kind: 'latency', ms: 2000, reached: true, remaining: null, probability: 1, seed: 1 },
    ],
    [
      apiIsSlow(250),
      {},
      { kind: 'latency', ms: 250, reached: true, remaining: null, probability: 1, seed: 1 },
    ],
    [
      CONNECTION_RESETS,
      { endpoint: 'getdlr' },
      { kind: 'reset', reached: true, remaining: 1, endpoint: 'getdlr' },
    ],
  ])('%s %j queues the fault %j', async (name, params, fault) => {
    const mock = createMock()
    await mock.providerStates.apply(name, params)
    expect(mock.faults.list()).toEqual([fault])
  })

  it('refuse a status no proxy answers and an endpoint the API has not', async () => {
    const { providerStates } = createMock()
    await expect(providerStates.apply(nextRequestGetsHttp(418))).rejects.toThrow(
      'The parameter status must be one of 500, 502, 503, 504.',
    )
    await expect(providerStates.apply(CONNECTION_RESETS, { endpoint: 'sendmms' })).rejects.toThrow(
      'The parameter endpoint must be one of',
    )
  })

  it('slow every request until a reset', async () => {
    const mock = createMock()
    await mock.providerStates.apply(API_IS_SLOW, { ms: 0 })
    await send(mock)
    await send(mock)
    expect(mock.faults.list()).toHaveLength(1)
    await mock.providerStates.apply(API_IS_SLOW, {}, 'teardown')
    expect(mock.faults.list()).toEqual([])
  })
})

describe('the invalid number state', () => {
  it('names a malformed number by default, which a send refuses with 1003', async () => {
    const mock = createMock()
    const { result } = await mock.providerStates.apply(NUMBER_IS_INVALID)
    expect(result).toEqual({ kind: 'malformed', mobile: expect.any(String) })
    expect(firstRow(await send(mock, result.mobile as string))?.['response-code']).toBe(1003)
  })

  it('names the magic number of an absent subscriber when asked', async () => {
    const absent = MAGIC_NUMBERS.find((m) => m.outcome === 'AbsentSubscriber')
    const { result } = await createMock().providerStates.apply(invalidNumber('magic'))
    expect(result).toEqual({ kind: 'magic', mobile: absent?.msisdn, outcome: 'AbsentSubscriber' })
  })
})

describe('mock.providerStates.apply', () => {
  it('starts a setup from a reset', async () => {
    const mock = createMock()
    await send(mock)
    mock.faults.push({ code: 4090 })
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
    expect(mock.journal.size).toBe(0)
    expect(mock.faults.list()).toEqual([])
    expect(mock.requests.count()).toBe(0)
  })

  it('adds to what is set with reset false, so two states make one', async () => {
    const mock = createMock()
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_CREDIT, { credit: 7 })
    await mock.providerStates.apply(nextRequestAnswers(4090), { reset: false })
    expect(mock.accounts.get('12345')?.credit).toBe(7)
    expect(mock.faults.list()).toHaveLength(1)
  })

  it('resets on teardown, unless reset is false', async () => {
    const mock = createMock()
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT)
    await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT, { reset: false }, 'teardown')
    expect(mock.accounts.get('12345')?.credit).toBe(0)
    const done = await mock.providerStates.apply(SANDBOX_ACCOUNT_HAS_NO_CREDIT, {}, 'teardown')
    expect(done).toEqual({ state: SANDBOX_ACCOUNT_HAS_NO_CREDIT, action: 'teardown', result: {} })
    expect(mock.accounts.get('12345')?.credit).toBe(DEFAULT_CREDIT)
  })

  it('rejects an unknown name with the names it knows, and changes nothing', async () => {
    const mock = createMock()
    mock.accounts.setCredit('12345', 3)
    const error = await mock.providerStates.apply('the sandbox acount exists').catch((e) => e)
    expect(error).toBeInstanceOf(UnknownProviderStateError)
    expect(error.message).toContain('"the sandbox acount exists"')
    expect(error.known).toEqual(PROVIDER_STATE_NAMES)
    expect(mock.accounts.get('12345')?.credit).toBe(3)
  })

  it('rejects a parameter the state does not take, of the wrong type, or an unknown action', async () => {
    const { providerStates } = createMock()
    await expect(providerStates.apply(SANDBOX_ACCOUNT_EXISTS, { credit: 5 })).rejects.toThrow(
      'credit is not a parameter of this state; it takes reset.',
    )
    await expect(providerStates.apply(SANDBOX_ACCOUNT_EXISTS, { reset: 'no' })).rejects.toThrow(
      'The parameter reset must be a boolean.',
    )
    await expect(
      providerStates.apply(SANDBOX_ACCOUNT_EXISTS, {}, 'tidy' as 'setup'),
    ).rejects.toThrow('action must be setup or teardown.')
  })
})
