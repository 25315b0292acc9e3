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
