/**
 * @module
 * The OpenAPI document of the mock server's control API (`mock-control.yaml`, the
 * `/__mock/*` endpoints), apart from the provider's: loaded, listed operation by operation,
 * and used to validate what the mock answers, with the same ajv approach as the provider's
 * `validateAnswer`. The document refers to the provider's for the schemas both share (a
 * delivery status, a callback body), so both are registered with one ajv instance.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { loadSpec, type ValidationResult } from './index.js'

/**
 * Absolute path of `mock-control.yaml`.
 * @example
 * import { controlSpecPath } from '@sendsms/spec'
 * console.log(controlSpecPath) // …/spec/mock-control.yaml
 */
export const controlSpecPath: string = fileURLToPath(
  new URL('../mock-control.yaml', import.meta.url),
)

/** The parts of the control document this package reads. */
export interface ControlDocument {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

let cached: ControlDocument | undefined

/**
 * The parsed control document, read once.
 * @example
 * loadControlSpec().paths['/__mock/clock'] // { get, post }
 */
export function loadControlSpec(): ControlDocument {
  cached ??= parse(readFileSync(controlSpecPath, 'utf8')) as ControlDocument
  return cached
}

/**
 * One operation of the control document: where it is served (`root`, under a namespace
 * prefix `/ns/{name}`, or both, as its path's `servers` say) and the statuses it answers.
 * @example
 * const op: ControlOperation = { operationId: 'getClock', method: 'GET', path: '/__mock/clock', root: true, namespaced: true, statuses: ['200', '400', '403', '503'] }
 */
export interface ControlOperation {
  operationId: string
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'
  /** The path as the document writes it, `{name}` for a path parameter. */
  path: string
  /** Served at the mock's root. */
  root: boolean
  /** Served under a namespace prefix. */
  namespaced: boolean
  statuses: string[]
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const
// The document's servers: the root, and one whose URL ends with the namespace prefix.
const isNamespaced = (url: string) => url.includes('/ns/{')

/**
 * Every operation of the control document, in its order.
 * @example
 * controlOperations().find((op) => op.operationId === 'reset') // { method: 'POST', path: '/__mock/reset', … }
 */
export function controlOperations(): ControlOperation[] {
  const spec = loadControlSpec()
  return Object.entries(spec.paths).flatMap(([path, item]) => {
    const servers = (item.servers as { url: string }[] | undefined) ?? spec.servers
    return METHODS.filter((method) => item[method] !== undefined).map((method) => {
      const operation = item[method] as { operationId: string; responses: object }
      return {
        operationId: operation.operationId,
        method: method.toUpperCase() as ControlOperation['method'],
        path,
        root: servers.some((server) => !isNamespaced(server.url)),
        namespaced: servers.some((server) => isNamespaced(server.url)),
        statuses: Object.keys(operation.responses),
      }
    })
  })
}

// Both documents get an address, so the control document's `./openapi.yaml#/…` refers to
// the provider's as a file beside it would.
const CONTROL_ID = 'https://spec.sendsms.invalid/mock-control.yaml'
const PROVIDER_ID = 'https://spec.sendsms.invalid/openapi.yaml'

// RFC 3339 date-time, as `Date.prototype.toISOString` writes it and more.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i

let ajv: Ajv2020 | undefined
const compiled = new Map<string, ValidateFunction>()

function instance(): Ajv2020 {
  if (!ajv) {
    // strict: false because OpenAPI adds keywords (example, x-*) that are not JSON Schema.
    ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      formats: {
        'date-time': (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)),
        uri: (text: string) => URL.canParse(text),
      },
    })
    ajv.addSchema(loadSpec(), PROVIDER_ID)
    ajv.addSchema(loadControlSpec(), CONTROL_ID)
  }
  return ajv
}

const pointer = (part: string) =>
  encodeURIComponent(part.replaceAll('~', '~0').replaceAll('/', '~1'))

function operationAt(operation: string): { at: string; item: Record<string, unknown> } | undefined {
  const spec = loadControlSpec()
  const [method, path] = operation.includes(' ') ? operation.split(' ') : [undefined, undefined]
  for (const [specPath, item] of Object.entries(spec.paths)) {
    for (const verb of METHODS) {
      const found = item[verb] as { operationId?: string } | undefined
      if (!found) continue
      const named =
        method === undefined
          ? found.operationId === operation
          : verb === method.toLowerCase() && specPath === path
      if (named) return { at: `/paths/${pointer(specPath)}/${verb}`, item: found }
    }
  }
  return undefined
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
}

function run(key: string, ref: string, value: unknown): ValidationResult {
  let validate = compiled.get(key)
  if (!validate) {
    validate = instance().compile({ $ref: `${CONTROL_ID}#${ref}` })
    compiled.set(key, validate)
  }
  const valid = validate(value)
  return { valid, errors: valid ? [] : describe(validate.errors) }
}

/**
 * Validates an answer of the control API: its HTTP status must be one the operation
 * documents, and its body the JSON that answer describes. `operation` is an operationId
 * (`listMessages`) or a method and the document's path (`GET /__mock/namespaces/{name}`).
 * @example
 * validateControlAnswer('getClock', 200, { now: '2030-01-01T06:00:00.000Z', virtual: true }).valid // true
 * validateControlAnswer('getClock', 418, {}).errors // ['the document has no 418 answer for getClock']
 */
export function validateControlAnswer(
  operation: string,
  status: number,
  body: unknown,
): ValidationResult {
  const found = operationAt(operation)
  if (!found) return { valid: false, errors: [`the document has no operation ${operation}`] }
  const responses = found.item.responses as Record<string, { $ref?: string }>
  const response = responses[String(status)]
  if (!response) {
    return { valid: false, errors: [`the document has no ${status} answer for ${operation}`] }
  }
  // The answer is a response object, inline or a reference to one of components.responses.
  const at = response.$ref?.slice(1) ?? `${found.at}/responses/${status}`
  return run(`answer ${found.at} ${status}`, `${at}/content/application~1json/schema`, body)
}

/**
 * Validates a JSON body sent to a control operation against its request body schema.
 * @example
 * validateControlRequest('pushFault', { kind: 'http', status: 503 }).valid // true
 * validateControlRequest('pushFault', { kind: 'http', status: 418 }).valid // false
 */
export function validateControlRequest(operation: string, body: unknown): ValidationResult {
  const found = operationAt(operation)
  if (!found) return { valid: false, errors: [`the document has no operation ${operation}`] }
  if (found.item.requestBody === undefined) {
    return { valid: false, errors: [`${operation} takes no body`] }
  }
  return run(
    `request ${found.at}`,
    `${found.at}/requestBody/content/application~1json/schema`,
    body,
  )
}
