/**
 * Test support (not built into dist): base URLs where no usable SMS API answers, for the
 * exit-5 tests of every command: nothing listening, a server that never answers (the
 * timeout must fire) and one that answers an HTML 502 page.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'

/** The three base URLs, known once the hooks ran. */
export interface UnusableApis {
  closed(): string
  silent(): string
  garbage(): string
}

/**
 * Registers beforeAll/afterAll hooks in the calling test file that start the servers on
 * free ports of 127.0.0.1 and close them at the end.
 *
 * @example
 * ```ts
 * const apis = useUnusableApis()
 * it('exits 5', async () => expect((await sandbox.run(['balance'], sandbox.env({ ADVANTA_BASE_URL: apis.closed() }))).code).toBe(5))
 * ```
 */
export function useUnusableApis(): UnusableApis {
  let silent: Server | undefined
  let garbage: Server | undefined
  let closedUrl = ''

  beforeAll(async () => {
    silent = createServer(() => {
      // Never answers: the client's timeout must fire.
    })
    garbage = createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')
    })
    const closed = createServer()
    await Promise.all([silent, garbage, closed].map(listen))
    closedUrl = urlOf(closed)
    await new Promise((resolve) => closed.close(resolve))
  })

  afterAll(async () => {
    silent?.closeAllConnections()
    await Promise.all(
      [silent, garbage].map((server) => new Promise((resolve) => server?.close(resolve))),
    )
  })

  const url = (server: Server | undefined) => {
    if (server === undefined) throw new Error('the servers are not started yet')
    return urlOf(server)
  }
  return { closed: () => closedUrl, silent: () => url(silent), garbage: () => url(garbage) }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
