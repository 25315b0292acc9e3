/**
 * @module
 * Namespace names and the `/ns/{name}/…` prefix that carries them. A name is what a test
 * run calls itself (`ci-job-42`): 1 to 64 of `A-Z a-z 0-9 . _ -`, so it is safe in a URL,
 * a log line and a JSON answer as it is. `.` and `..` are refused: URL parsers resolve them
 * as path steps, so a client could never reach such a namespace.
 */

/**
 * The first segment of every namespaced path.
 * @example
 * `${server.url}${NAMESPACE_PREFIX}ci-job-42/api/services/sendsms`
 */
export const NAMESPACE_PREFIX = '/ns/'

const NAME = /^[A-Za-z0-9._-]{1,64}$/

/**
 * Whether `name` may name a namespace.
 * @example
 * isNamespaceName('ci-job-42') // true
 * isNamespaceName('a/b') // false
 */
export function isNamespaceName(name: string): boolean {
  return NAME.test(name) && name !== '.' && name !== '..'
}

/**
 * What is wrong with a namespace name, or undefined when it is a good one.
 * @example
 * namespaceNameError('ci job') // 'A namespace name is 1 to 64 of A-Z a-z 0-9 . _ - (not . or ..), as in /ns/ci-job-42/.'
 */
export function namespaceNameError(name: string): string | undefined {
  if (isNamespaceName(name)) return undefined
  // The name given is not repeated: it came from the request and may hold anything.
  return 'A namespace name is 1 to 64 of A-Z a-z 0-9 . _ - (not . or ..), as in /ns/ci-job-42/.'
}

/**
 * A path under the prefix, split: the namespace's name and the path within it (`/` when
 * there is none). The name is not checked here; undefined for a path outside the prefix.
 * @example
 * splitNamespacePath('/ns/ci-job-42/api/services/sendsms') // { name: 'ci-job-42', rest: '/api/services/sendsms' }
 * splitNamespacePath('/api/services/sendsms') // undefined
 */
export function splitNamespacePath(path: string): { name: string; rest: string } | undefined {
  if (!path.startsWith(NAMESPACE_PREFIX)) return undefined
  const slash = path.indexOf('/', NAMESPACE_PREFIX.length)
  if (slash === -1) return { name: path.slice(NAMESPACE_PREFIX.length), rest: '/' }
  return { name: path.slice(NAMESPACE_PREFIX.length, slash), rest: path.slice(slash) }
}
