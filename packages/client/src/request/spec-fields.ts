/**
 * @module
 * The wire parameters the client sends, named and typed by the spec's request schemas (the
 * generated `components['schemas']`), so a field renamed or retyped in the spec breaks the
 * client's build instead of going out under its old name. The schemas allow fields the API
 * ignores (`additionalProperties`), which would let any name through; only their declared
 * fields are kept here.
 */
import type { components } from '../generated/schema.js'

type Schemas = components['schemas']

// The declared properties of a schema, without its `[key: string]: unknown` index.
type Declared<T> = { [K in keyof T as string extends K ? never : K]: T[K] }

/**
 * Some fields of the spec's request schema `Schema`, each optional: a name the schema does
 * not declare does not compile.
 * @example
 * const params: SpecFields<'GetBalanceRequest', 'apikey' | 'partnerID'> = { apikey: 'k' }
 */
export type SpecFields<
  Schema extends keyof Schemas,
  Names extends keyof Declared<Schemas[Schema]>,
> = { [Name in Names]?: Declared<Schemas[Schema]>[Name] }
