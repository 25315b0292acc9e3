/**
 * @module
 * The OpenAPI document as `@pactflow/openapi-pact-comparator` is given it: a copy, with
 * two changes that keep the document's meaning and that the comparator needs to read it
 * as written. Each was found by running the comparator on this repository's own pacts, all
 * of which the spec allows (see the package README, "Pact against the spec"):
 *
 * 1. A path item given as a `$ref` (`/api/services/sendsms: $ref: …/pathItems/SendSms`)
 *    is replaced by what it refers to: the comparator's router reads the operations of the
 *    path item itself, finds none, and reports every interaction "Path or method not
 *    defined".
 * 2. A mix-in of alternatives (`allOf: [CodeKey]`, where `CodeKey` is `response-code` or
 *    the live `respose-code`) is written into the schema that mixes it in, as optional
 *    properties: the comparator closes every plain object schema of a response
 *    (`additionalProperties: false`) but leaves a schema with `allOf` or `anyOf` open, and
 *    drops `required` from all of them. Left as it is, each `CodeKey` branch refused every
 *    other field of a row (3864 findings on the repository's pacts), and once opened,
 *    every answer matched the open error schema, wrong types and codes included. Written
 *    in, each row and error schema is a closed object the comparator checks field by field.
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

// A schema of alternatives only, each a plain object: what a mix-in like CodeKey is.
function mixinProperties(document: Json, entry: unknown): Json | undefined {
  if (!isObject(entry) || typeof entry.$ref !== 'string') return undefined
  const mixin = resolveLocal(document, entry.$ref)
  if (!isObject(mixin) || !Array.isArray(mixin.anyOf)) return undefined
  const branches = mixin.anyOf as unknown[]
  if (!branches.every((b) => isObject(b) && b.$ref === undefined && isObject(b.properties))) {
    return undefined
  }
  return Object.assign({}, ...branches.map((b) => structuredClone((b as Json).properties)))
}

function inlineMixins(document: Json, schema: Json): void {
  if (!Array.isArray(schema.allOf)) return
  const kept = schema.allOf.filter((entry) => {
    const properties = mixinProperties(document, entry)
    if (properties === undefined) return true
    schema.properties = { ...properties, ...(isObject(schema.properties) ? schema.properties : {}) }
    return false
  })
  if (kept.length > 0) schema.allOf = kept
  else delete schema.allOf
}

/**
 * A copy of the OpenAPI document at `specFile` (YAML or JSON; default `@sendsms/spec`'s
 * `openapi.yaml`), changed changed as the module comment says, for the comparator.
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
    if (isObject(schema)) inlineMixins(document, schema)
  }
  return document
}
