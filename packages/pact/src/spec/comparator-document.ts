/**
 * @module
 * The OpenAPI document as `@pactflow/openapi-pact-comparator` is given it: a copy, with
 * three changes that keep the document's meaning and that the comparator needs to read it
 * as written. Each was found by running the comparator on this repository's own pacts, all
 * of which the spec allows (see the package README, "Pact against the spec"):
 *
 * 1. A path item given as a `$ref` (`/api/services/sendsms: $ref: …/pathItems/SendSms`)
 *    is replaced by what it refers to: the comparator's router reads the operations of the
 *    path item itself, finds none, and reports every interaction "Path or method not
 *    defined".
 * 2. The object branches of a mix-in `anyOf` (`CodeKey`: `response-code` or the live
 *    `respose-code`) lose their `type: object`: the comparator closes every object schema
 *    of a response (`additionalProperties: false`), so each branch refused every other
 *    field of the row (3864 findings on the repository's pacts).
 * 3. A `oneOf` of `$ref`s (rows or a top-level error) becomes an `anyOf`: the comparator
 *    drops `required` from response schemas, after which a rows answer also matches the
 *    open error schema, and `oneOf` fails for matching both.
 */
import { readFileSync } from 'node:fs'
import { loadSpec } from '@sendsms/spec'
import { parse } from 'yaml'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function resolveLocal(document: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), document)
}

function inlinePathItems(document: Json): void {
  const paths = isObject(document.paths) ? document.paths : {}
  for (const [path, item] of Object.entries(paths)) {
    if (isObject(item) && typeof item.$ref === 'string' && item.$ref.startsWith('#/')) {
      paths[path] = structuredClone(resolveLocal(document, item.$ref))
    }
  }
}

function openMixins(schema: Json): void {
  const branches = schema.anyOf
  if (!Array.isArray(branches) || !branches.every((b) => isObject(b) && b.$ref === undefined)) {
    return
  }
  for (const branch of branches as Json[]) {
    if (branch.type === 'object') delete branch.type
  }
}

function oneOfRefsToAnyOf(schema: Json): void {
  const branches = schema.oneOf
  if (Array.isArray(branches) && branches.every((b) => isObject(b) && b.$ref !== undefined)) {
    schema.anyOf = branches
    delete schema.oneOf
  }
}

/**
 * A copy of the OpenAPI document at `specFile` (YAML or JSON; default `@sendsms/spec`'s
 * `openapi.yaml`), changed as the module comment says for the comparator.
 * @example
 * createComparator(comparatorDocument())
 */
export function comparatorDocument(specFile?: string): Json {
  const document = structuredClone(
    specFile === undefined ? loadSpec() : parse(readFileSync(specFile, 'utf8')),
  ) as Json
  inlinePathItems(document)
  const components = isObject(document.components) ? document.components : {}
  const schemas = isObject(components.schemas) ? components.schemas : {}
  for (const schema of Object.values(schemas)) {
    if (!isObject(schema)) continue
    openMixins(schema)
    oneOfRefsToAnyOf(schema)
  }
  return document
}
