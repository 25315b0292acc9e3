/**
 * @module
 * Serves a built page from a directory on a free port of 127.0.0.1, so the page has its
 * own origin, different from the mock's.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/**
 * Serves the files of `directory` (`/` is `index.html`); anything else is a 404.
 *
 * @example
 * ```ts
 * const page = await serveDirectory(outDir)
 * await browserPage.goto(`${page.url}/?mock=${mockUrl}`)
 * await page.close()
 * ```
 */
export async function serveDirectory(directory: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://page.test').pathname
    const file = normalize(join(directory, path === '/' ? 'index.html' : path))
    try {
      if (!file.startsWith(directory)) throw new Error('outside the page')
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'text/plain' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
