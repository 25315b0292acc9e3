import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { IN_PROCESS_BASE_URL } from './in-process-fetch.js'
import { type SuiteHooks, suiteHooks } from './test-hooks.js'
import { useMockServer } from './use-mock-server.js'

const send = (fetch: (url: string) => Promise<Response>, url: string, mobile: string) =>
  fetch(
    `${url}/api/services/sendsms?apikey=sandbox-api-key&partnerID=12345&shortcode=SANDBOX&mobile=${mobile}&message=Hi`,
  )

describe('useMockServer on a socket', () => {
  const sms = useMockServer({ hooks: { beforeAll, beforeEach, afterAll } })

  it('starts before the first test', async () => {
    expect(sms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await send(fetch, sms.url, '0712345678')
    expect(sms.mock.journal.size).toBe(1)
  })

  it('resets the mock before each test', async () => {
    expect(sms.mock.journal.size).toBe(0)
    await send(sms.fetch, sms.url, '0733123456')
    expect(sms.mock.journal.list()[0]?.messageId).toBe('100000001')
  })
})

describe('useMockServer in-process', () => {
  const sms = useMockServer({ inProcess: true, hooks: { beforeAll, beforeEach, afterAll } })
  const early = sms.fetch

  it('serves IN_PROCESS_BASE_URL through a fetch taken before the suite started', async () => {
    expect(sms.url).toBe(IN_PROCESS_BASE_URL)
    await send(early, sms.url, '0712345678')
    expect(sms.mock.journal.size).toBe(1)
  })
})

describe('useMockServer before its beforeAll', () => {
  it('says where to read the mock', () => {
    const registered: string[] = []
    const record =
      (name: string) =>
      (_fn: () => unknown): void => {
        registered.push(name)
      }
    const sms = useMockServer({
      hooks: {
        beforeAll: record('beforeAll'),
        beforeEach: record('beforeEach'),
        afterAll: record('afterAll'),
      },
    })
    expect(registered).toEqual(['beforeAll', 'beforeEach', 'afterAll'])
    expect(() => sms.url).toThrow(/starts in beforeAll; read it inside a test or a hook/)
    expect(() => sms.mock).toThrow(TypeError)
  })
})

describe('suiteHooks', () => {
  const names = ['beforeAll', 'beforeEach', 'afterAll'] as const
  const scope = globalThis as Record<string, unknown>

  it("uses the runner's global hooks when none are given", () => {
    const globals = Object.fromEntries(names.map((name) => [name, () => name]))
    Object.assign(scope, globals)
    try {
      expect(suiteHooks(undefined)).toMatchObject(globals)
    } finally {
      for (const name of names) delete scope[name]
    }
  })

  it('prefers the hooks it is given', () => {
    const given: SuiteHooks = { beforeAll: () => 1, beforeEach: () => 2, afterAll: () => 3 }
    expect(suiteHooks(given)).toBe(given)
  })

  it.each(names)('names a missing global %s and how to pass the hooks', (missing) => {
    for (const name of names) if (name !== missing) scope[name] = () => name
    try {
      expect(() => suiteHooks(undefined)).toThrow(
        new RegExp(`no global ${missing}; pass the hooks: useMockServer\\(\\{ hooks:`),
      )
    } finally {
      for (const name of names) delete scope[name]
    }
  })
})
