/**
 * @module
 * The answer to a request that would make one namespace more than the limit: HTTP 503
 * `{"error":"namespace_limit","message":…}`, naming the limit and the idle expiry. The
 * fast path and the Hono route write these same bytes.
 */
import type { NamespaceRegistry } from './namespace-registry.js'

/**
 * The status, headers (flat name/value pairs) and body of the refusal.
 * @example
 * const { status, headers, body } = namespaceLimitAnswer(registry) // 503, ['content-type', 'application/json'], '{"error":"namespace_limit",…}'
 */
export function namespaceLimitAnswer(registry: NamespaceRegistry): {
  status: 503
  headers: [string, string]
  body: string
} {
  const body = JSON.stringify({ error: 'namespace_limit', message: registry.limitMessage() })
  return { status: 503, headers: ['content-type', 'application/json'], body }
}
