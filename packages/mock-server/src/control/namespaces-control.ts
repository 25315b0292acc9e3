/**
 * @module
 * `/__mock/namespaces`: list the namespaces of the mock, read one, drop one. Behind the
 * control guard, as every `/__mock/*` endpoint. A listing never holds an account (nor so
 * an apikey): only names, times and message counts.
 */
import type { Hono } from 'hono'
import type { MockEnv } from '../mock-env.js'
import { namespaceNameError } from '../namespaces/namespace-name.js'
import type { NamespaceRegistry } from '../namespaces/namespace-registry.js'
import { badRequest } from './register-control.js'

/**
 * Adds the namespace endpoints to `app` (after `registerControl`, whose guard covers them).
 * `DELETE /ns/{name}/__mock/namespace` is routed here too (namespace-routes.ts).
 * @example
 * registerNamespacesControl(app, registry)
 */
export function registerNamespacesControl(app: Hono<MockEnv>, registry: NamespaceRegistry): void {
  app.get('/__mock/namespaces', (c) => {
    const { limit, idleMs, journalBytes } = registry.settings
    return c.json({
      namespaces: registry.list(),
      limit,
      idleMs,
      journalBytes,
      expired: registry.expired,
      refused: registry.refused,
    })
  })
  app.get('/__mock/namespaces/:name', (c) => {
    const name = c.req.param('name')
    const wrong = namespaceNameError(name)
    if (wrong !== undefined) return badRequest(c, wrong)
    const info = registry.info(name)
    if (info === undefined) {
      return c.json({ error: 'not_found', message: 'There is no namespace of that name.' }, 404)
    }
    return c.json({ namespace: info })
  })
  app.delete('/__mock/namespaces/:name', (c) => {
    const name = c.req.param('name')
    const wrong = namespaceNameError(name)
    if (wrong !== undefined) return badRequest(c, wrong)
    return c.json({ deleted: registry.delete(name) ? 1 : 0 })
  })
}
