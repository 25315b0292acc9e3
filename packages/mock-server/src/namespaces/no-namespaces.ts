/**
 * @module
 * `mock.namespaces` of a namespace's own mock. Namespaces do not nest: one test run is one
 * namespace, and the bound on memory (limit × budget) holds only if namespaces make none.
 */

import { NAMESPACE_DEFAULTS } from './namespace-options.js'
import type { MockNamespaces } from './namespace-registry.js'

/**
 * The namespaces of namespace `name`: none, and none can be made.
 * @example
 * noNamespaces('ci-job-42').list() // []
 */
export function noNamespaces(name: string): MockNamespaces {
  return {
    get: () => {
      throw new TypeError(`Namespaces do not nest: ${name} is a namespace already.`)
    },
    find: () => undefined,
    list: () => [],
    delete: () => false,
    size: 0,
    expired: 0,
    refused: 0,
    settings: { ...NAMESPACE_DEFAULTS, limit: 0 },
  }
}
