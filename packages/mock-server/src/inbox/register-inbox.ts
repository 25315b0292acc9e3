/**
 * @module
 * The inbox on the Hono app: the page (`GET /__mock/inbox`), its script and styles, the
 * JSON it reads (`/__mock/inbox/conversations…`) and its event stream (`/__mock/events`),
 * all behind the control guard of `/__mock/*`. The page is hand-written HTML, CSS and
 * JavaScript embedded in the build (generated/assets.ts), so it needs no build step, no
 * file system and no network at run time, and runs on every runtime the mock runs on. It
 * is served with a strict Content-Security-Policy: nothing but its own script and styles,
 * and requests to the mock itself.
 */
import type { Context, Hono } from 'hono'
import { badRequest } from '../control/register-control.js'
import type { MockEnv } from '../mock-env.js'
import { NAMESPACE_PREFIX } from '../namespaces/namespace-name.js'
import type { NamespaceRegistry } from '../namespaces/namespace-registry.js'
import { conversationView, findConversation } from './conversation-view.js'
import { conversationsPage, readConversationsQuery } from './conversations-page.js'
import { eventStream, HEARTBEAT_MS, MAX_BACKLOG } from './event-stream.js'
import { INBOX_ASSETS, type InboxAsset } from './generated/assets.js'
import { MAX_EVENT_SUBSCRIBERS } from './inbox-events.js'
import { type InboxSource, inboxSourceOf } from './inbox-source.js'
import { MAX_THREAD_IDS } from './recipient-index.js'

/**
 * The page's Content-Security-Policy: its own script, styles and requests, nothing else
 * (no inline script or style, no frame, no form target, no plugin).
 * @example
 * res.headers.get('content-security-policy') === INBOX_CSP
 */
export const INBOX_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const PAGE_HEADERS = {
  'content-security-policy': INBOX_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Revalidated each time (the ETag makes that a 304): a new mock version shows at once.
  'cache-control': 'no-cache',
}

function serveAsset(c: Context<MockEnv>, asset: InboxAsset, text: string) {
  if (c.req.header('if-none-match') === asset.etag) {
    return c.body(null, 304, { ...PAGE_HEADERS, etag: asset.etag })
  }
  return c.body(text, 200, { ...PAGE_HEADERS, 'content-type': asset.type, etag: asset.etag })
}

function noStore(c: Context<MockEnv>, body: unknown, status: 200 | 404 = 200) {
  return c.json(body, status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
}

/**
 * Adds the inbox to `app` (after `registerControl`, whose guard covers it). `source` is
 * the mock's own inbox side; `namespaces` the root's registry (undefined in a namespace).
 * @example
 * registerInbox(app, source, namespaces)
 */
export function registerInbox(
  app: Hono<MockEnv>,
  source: InboxSource,
  namespaces: NamespaceRegistry | undefined,
): void {
  const base = `${source.namespace === undefined ? '' : `${NAMESPACE_PREFIX}${source.namespace}`}/__mock`
  // Namespace names are plain (`A-Z a-z 0-9 . _ -`), so the path needs no escaping in HTML.
  const html = INBOX_ASSETS.html.text.replaceAll('%BASE%', base)
  // A program that asks for JSON gets where the inbox's parts are; a browser, the page.
  const index = {
    page: `${base}/inbox`,
    conversations: `${base}/inbox/conversations`,
    events: `${base}/events`,
    namespace: source.namespace ?? null,
  }
  const page = (c: Context<MockEnv>) => {
    const accept = c.req.header('accept') ?? ''
    if (accept.includes('application/json') && !accept.includes('text/html')) {
      return noStore(c, { inbox: index })
    }
    return serveAsset(c, INBOX_ASSETS.html, html)
  }
  app.get('/__mock/inbox', page)
  // The same page with a trailing slash, and its two files, are middleware rather than
  // routes: the control document lists the page once (its lint refuses a path ending in a
  // slash) and describes its files there, as parts of the page rather than endpoints.
  const getOnly =
    (handler: (c: Context<MockEnv>) => Response) =>
    async (c: Context<MockEnv>, next: () => Promise<void>) =>
      c.req.method === 'GET' ? handler(c) : next()
  app.use('/__mock/inbox/', getOnly(page))
  app.use(
    '/__mock/inbox/inbox.css',
    getOnly((c) => serveAsset(c, INBOX_ASSETS.css, INBOX_ASSETS.css.text)),
  )
  app.use(
    '/__mock/inbox/inbox.js',
    getOnly((c) => serveAsset(c, INBOX_ASSETS.js, INBOX_ASSETS.js.text)),
  )

  const liveSources = (): InboxSource[] =>
    (namespaces?.live() ?? []).flatMap((ns) => inboxSourceOf(ns.state) ?? [])
  // The mocks a request reads: this one and every namespace, or the one `namespace` names
  // (`.` this one). A namespace's own inbox reads itself only.
  const chosen = (namespace: string | undefined): InboxSource[] => {
    if (namespaces === undefined || namespace === undefined) {
      return namespaces === undefined ? [source] : [source, ...liveSources()]
    }
    if (namespace === '.') return [source]
    return liveSources().filter((s) => s.namespace === namespace)
  }

  app.get('/__mock/inbox/conversations', (c) => {
    const query = readConversationsQuery(new URL(c.req.url).searchParams)
    if (typeof query === 'string') return badRequest(c, query)
    const names = namespaces === undefined ? [] : namespaces.live().map((ns) => ns.name)
    return noStore(c, conversationsPage(chosen(query.namespace), query, names))
  })
  app.get('/__mock/inbox/conversations/:recipient', (c) => {
    const params = new URL(c.req.url).searchParams
    const limit = params.get('limit')
    const count = limit === null || limit === '' ? 50 : /^\d{1,4}$/.test(limit) ? Number(limit) : 0
    if (count < 1 || count > MAX_THREAD_IDS) {
      return badRequest(c, `limit must be a whole number from 1 to ${MAX_THREAD_IDS}`)
    }
    const namespace = params.get('namespace') || '.'
    for (const from of chosen(namespace)) {
      const row = findConversation(from, c.req.param('recipient'))
      if (row !== undefined) return noStore(c, conversationView(from, row, count))
    }
    return noStore(
      c,
      { error: 'not_found', message: 'The journal holds no message to that recipient.' },
      404,
    )
  })

  app.get('/__mock/events', (c) => {
    // EventSource always asks for the stream; anything else (curl, a test's fetch) gets an
    // answer that ends: how many streams are open, and their bounds.
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
      return noStore(c, {
        streams: source.events.subscribers,
        maxStreams: MAX_EVENT_SUBSCRIBERS,
        heartbeatMs: HEARTBEAT_MS,
        maxBacklog: MAX_BACKLOG,
      })
    }
    const stream = eventStream(source.events, c.req.raw.signal)
    if (stream === undefined) {
      return c.json(
        {
          error: 'too_many_subscribers',
          message: 'Too many event streams at once; close one and try again.',
        },
        429,
      )
    }
    return c.body(stream, 200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // Proxies (nginx) would otherwise hold events back to fill a buffer.
      'x-accel-buffering': 'no',
    })
  })
}
