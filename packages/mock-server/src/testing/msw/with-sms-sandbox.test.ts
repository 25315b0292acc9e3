import { LIVE_BASE_URL } from '@sendsms/wire'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smsMatchers } from '../sms-matchers.js'
import { withSmsSandbox } from './with-sms-sandbox.js'

expect.extend(smsMatchers)

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const send = (mobile: string, message: string, base = LIVE_BASE_URL) =>
  fetch(
    `${base}/api/services/sendsms?apikey=sandbox-api-key&partnerID=12345&shortcode=SANDBOX&mobile=${mobile}&message=${message}`,
  )

// Both tests send, then wait for each other before reading their journals, so each reads
// while the other's message has been sent: run one after the other they would wait forever.
function meeting(parties: number): () => Promise<void> {
  let arrived = 0
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return () => {
    arrived += 1
    if (arrived === parties) open()
    return opened
  }
}

describe('withSmsSandbox', () => {
  const bothSent = meeting(2)

  it.concurrent('gives each concurrent test its own mock (first)', () =>
    withSmsSandbox(server, async (sandbox) => {
      await send('0712345678', 'first')
      await bothSent()
      await send('0712345678', 'first-again')
      expect(sandbox.mock.journal.list().map((e) => e.message)).toEqual(['first', 'first-again'])
      expect(sandbox).not.toHaveSent({ to: '0733123456' })
    }))

  it.concurrent('gives each concurrent test its own mock (second)', () =>
    withSmsSandbox(server, async (sandbox) => {
      await send('0733123456', 'second')
      await bothSent()
      expect(sandbox.mock.journal.list().map((e) => e.message)).toEqual(['second'])
      expect(sandbox).toHaveSent({ to: '0733123456', message: 'second' })
    }))

  it('resolves with what the test resolves with, and the handlers end with it', async () => {
    const size = await withSmsSandbox(server, async (sandbox) => {
      await send('0712345678', 'inside')
      return sandbox.mock.journal.size
    })
    expect(size).toBe(1)
    await expect(send('0712345678', 'outside')).rejects.toThrow()
  })

  it('answers another base URL and gives the credentials of its first account', async () => {
    await withSmsSandbox(
      server,
      async (sandbox) => {
        expect(sandbox.baseUrl).toBe('https://sms.example.test/advanta')
        expect(sandbox.account).toEqual({ apiKey: 'k', partnerId: '9', shortcode: 'ACME' })
        const res = await fetch(
          'https://sms.example.test/advanta/api/services/getbalance?apikey=k&partnerID=9',
        )
        expect(await res.json()).toMatchObject({ 'response-code': 200 })
      },
      {
        baseUrl: 'https://sms.example.test/advanta/',
        accounts: [{ partnerID: '9', apikey: 'k', shortcodes: ['ACME'], credit: 5 }],
      },
    )
  })

  it('closes its mock even when the test fails', async () => {
    let closed = false
    await expect(
      withSmsSandbox(server, (sandbox) => {
        const close = sandbox.mock.close
        sandbox.mock.close = async () => {
          closed = true
          await close()
        }
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(closed).toBe(true)
  })
})
