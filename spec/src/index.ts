/**
 * @module
 * The OpenAPI document of the send-SMS API, loaded for code that checks other code
 * against it: the mock server's tests and the contract tests validate every answer
 * with these functions, so no schema is ever copied by hand.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { parse } from 'yaml'

/**
 * Absolute path of `openapi.yaml`.
 * @example
 * import { specPath } from '@sendsms/spec'
 * console.log(specPath) // …/spec/openapi.yaml
 */
export const specPath: string = fileURLToPath(new URL('../openapi.yaml', import.meta.url))

/** The parts of an OpenAPI document that this package reads. */
export interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, Record<string, unknown>>
    responses: Record<
      string,
      { content: Record<string, { examples?: Record<string, { value: unknown }> }> }
    >
  }
  [key: string]: unknown
}

let cached: OpenApiDocument | undefined

/**
 * The parsed document, read once.
 * @example
 * const spec = loadSpec()
 * spec.paths['/api/services/sendsms'] // { get, post }
 */
export function loadSpec(): OpenApiDocument {
  cached ??= parse(readFileSync(specPath, 'utf8')) as OpenApiDocument
  return cached
}

/** A documented response code, read from `components.schemas.ResponseCode`. */
export interface DocumentedCode {
  code: number
  title: string
  description: string
}

/**
 * Every response code the document lists, in order.
 * @example
 * documentedCodes().find((c) => c.code === 1006)?.description // 'Invalid credentials'
 */
export function documentedCodes(): DocumentedCode[] {
  const schema = loadSpec().components.schemas.ResponseCode as {
    oneOf: { const: number; title: string; description: string }[]
  }
  return schema.oneOf.map(({ const: code, title, description }) => ({ code, title, description }))
}

/** The outcome of a validation: `errors` is empty when `valid`. */
export interface ValidationResult {
  valid: boolean
  errors: string[]
}

const SPEC_ID = 'sendsms-openapi'
let ajv: Ajv2020 | undefined
const validators = new Map<string, ValidateFunction>()

function validatorFor(schemaName: string): ValidateFunction {
  let validate = validators.get(schemaName)
  if (validate) return validate
  if (!ajv) {
    // strict: false because OpenAPI adds keywords (example, x-*) that are not JSON Schema.
    ajv = new Ajv2020({ strict: false, allErrors: true })
    ajv.addSchema(loadSpec(), SPEC_ID)
  }
  if (!(schemaName in loadSpec().components.schemas)) {
    throw new Error(`The spec has no schema named ${schemaName}`)
  }
  validate = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${schemaName}` })
  validators.set(schemaName, validate)
  return validate
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
}

/**
 * Validates a value against a schema of `components.schemas`.
 * @example
 * validateSchema('ErrorResponse', { 'response-code': 1006, 'response-description': 'Invalid credentials' }).valid // true
 */
export function validateSchema(schemaName: string, value: unknown): ValidationResult {
  const validate = validatorFor(schemaName)
  const valid = validate(value)
  return { valid, errors: valid ? [] : describe(validate.errors) }
}

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: Record<string, unknown>
}

/** The parts of an operation this package reads. */
export interface Operation {
  operationId?: string
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> }
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>
}

function specPathOf(path: string): string | undefined {
  const { paths } = loadSpec()
  if (paths[path]) return path
  const bare = path.replace(/(.)\/$/, '$1')
  return paths[bare] ? bare : undefined
}

const pointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1')

// A local `$ref` of the document, followed to its value.
function follow(ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], loadSpec())
}

// Where the path item of `specPath` lives: the path itself, or the `components.pathItems`
// entry both forms of a path refer to.
function pathItemAt(specPath: string): { at: string; item: Record<string, unknown> } {
  const item = loadSpec().paths[specPath] as Record<string, unknown>
  const ref = item.$ref
  if (typeof ref === 'string') return { at: ref, item: follow(ref) as Record<string, unknown> }
  return { at: `#/paths/${pointer(specPath)}`, item }
}

/**
 * The operation of the spec for `method` on `path`; the path may end with the trailing
 * slash the live service also answers. Its parameters are resolved. `undefined` when the
 * spec has none.
 * @example
 * operationOf('/api/services/sendsms/', 'GET')?.operationId // 'sendSmsGet'
 */
export function operationOf(path: string, method: string): Operation | undefined {
  const specPath = specPathOf(path)
  if (!specPath) return undefined
  const operation = pathItemAt(specPath).item[method.toLowerCase()] as Operation | undefined
  if (!operation) return undefined
  const parameters = operation.parameters?.map((p) => {
    const ref = (p as { $ref?: string }).$ref
    return ref ? (follow(ref) as Parameter) : p
  })
  return parameters ? { ...operation, parameters } : operation
}

const compiled = new Map<string, ValidateFunction>()

function compiledSchema(key: string, schema: () => object): ValidateFunction {
  let validate = compiled.get(key)
  if (!validate) {
    // Registers the document with ajv, so the schema's refs into it resolve.
    validatorFor('ResponseCode')
    validate = (ajv as Ajv2020).compile(schema())
    compiled.set(key, validate)
  }
  return validate
}

function run(validate: ValidateFunction, value: unknown): ValidationResult {
  const valid = validate(value)
  return { valid, errors: valid ? [] : describe(validate.errors) }
}

/**
 * Validates an answer body against what the spec's operation for `method` on `path`
 * answers (HTTP 200, `application/json`), whatever the endpoint.
 * @example
 * validateAnswer('/api/services/sendsms', 'POST', { responses: [] }).valid // true
 */
export function validateAnswer(path: string, method: string, body: unknown): ValidationResult {
  const specPath = specPathOf(path)
  const operation = operationOf(path, method)
  if (!specPath || !operation) {
    return { valid: false, errors: [`the spec has no ${method.toUpperCase()} ${path}`] }
  }
  const verb = method.toLowerCase()
  // The 200 answer is a response object, inline or a reference to one.
  const response = operation.responses?.['200']
  const at = response?.$ref ?? `${pathItemAt(specPath).at}/${verb}/responses/200`
  const target = `${SPEC_ID}${at}/content/application~1json/schema`
  return run(
    compiledSchema(`answer ${verb} ${specPath}`, () => ({ $ref: target })),
    body,
  )
}

/**
 * Validates what a request sends (the GET query as an object of strings, or the POST
 * JSON body) against the spec's operation for `method` on `path`.
 * @example
 * validateRequest('/api/services/sendsms', 'GET', { apikey: 'k', partnerID: '1', message: 'Hi', shortcode: 'S', mobile: '254712345678' }).valid // true
 */
export function validateRequest(path: string, method: string, params: unknown): ValidationResult {
  const operation = operationOf(path, method)
  if (!operation) {
    return { valid: false, errors: [`the spec has no ${method.toUpperCase()} ${path}`] }
  }
  const key = `request ${method.toLowerCase()} ${specPathOf(path)}`
  if (method.toUpperCase() === 'GET') {
    const query = (operation.parameters ?? []).filter((p) => p.in === 'query')
    return run(
      compiledSchema(key, () => ({
        type: 'object',
        required: query.filter((p) => p.required).map((p) => p.name),
        properties: Object.fromEntries(query.map((p) => [p.name, resolveRefs(p.schema ?? {})])),
      })),
      params,
    )
  }
  const schema = operation.requestBody?.content?.['application/json']?.schema
  if (!schema)
    return { valid: false, errors: [`the spec takes no JSON body for ${method} ${path}`] }
  return run(
    compiledSchema(key, () => resolveRefs(schema) as object),
    params,
  )
}

// Schemas inside an operation point into components with local refs; qualify them with the
// document's id so ajv resolves them.
function resolveRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolveRefs)
  if (typeof schema !== 'object' || schema === null) return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${SPEC_ID}${value}`
        : resolveRefs(value),
    ]),
  )
}

/**
 * Validates the JSON body of a send-SMS answer (either shape).
 * @example
 * validateSendSmsResponse({ responses: [] }).valid // true
 */
export function validateSendSmsResponse(body: unknown): ValidationResult {
  return validateSchema('SendSmsResponse', body)
}

/**
 * Validates a send-SMS request body or query (the object form).
 * @example
 * validateSendSmsRequest({ apikey: 'k', partnerID: 1, message: 'Hi', shortcode: 'S', mobile: '254712345678' }).valid // true
 */
export function validateSendSmsRequest(body: unknown): ValidationResult {
  return validateSchema('SendSmsRequest', body)
}

/**
 * Validates the body of a delivery callback (the spec's `webhooks.deliveryReport`).
 * @example
 * validateDeliveryCallback({ description: 'DeliveredToTerminal', messageid: '1', timeTaken: '6s', timestamp: '2030-01-01 09:00:06' }).valid // true
 */
export function validateDeliveryCallback(body: unknown): ValidationResult {
  return validateSchema('DeliveryCallback', body)
}

export {
  type ControlDocument,
  type ControlOperation,
  controlOperations,
  controlSpecPath,
  loadControlSpec,
  validateControlAnswer,
  validateControlRequest,
} from './control.js'
