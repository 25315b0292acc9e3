/**
 * @module
 * The OpenAPI document's paths as the transport calls them: each path and the methods it
 * answers are the generated schema's, so a call to a path or method the spec lacks does
 * not compile. The inputs are typed as what is really sent: any subset of the parameters,
 * a GET as a query of scalars and a POST as one JSON object. The spec marks the
 * credentials required; the client refuses a missing one before sending
 * (request/credential-params.ts), and typing the parameters as any subset here keeps that
 * check in one place and spares a cast at every call.
 */
import type { paths } from '../generated/schema.js'

/**
 * One parameter value that fits a query as well as a body. Numbers and booleans stay what
 * they are in a JSON body; in a query a number is written as its decimal text and a
 * boolean as `true` or `false`.
 * @example
 * const hashed: ApiScalar = true
 */
export type ApiScalar = string | number | boolean

/**
 * The parameters of a GET, by wire name: scalars only, since a query has no lists.
 * @example
 * const query: ApiQueryParams = { apikey: 'k', messageID: '100000001' }
 */
export type ApiQueryParams = Readonly<Record<string, ApiScalar>>

/**
 * The parameters of one call, by wire name: scalars, or a list of objects (the `lists` of
 * `ENDPOINTS`, such as `smslist`), which only a JSON body carries.
 * @example
 * const params: ApiParams = { apikey: 'k', mobile: '254712345678', timeToSend: 1914505200 }
 * const bulk: ApiParams = { count: 1, smslist: [{ mobile: '254712345678', message: 'Hi' }] }
 */
export type ApiParams = Readonly<Record<string, ApiScalar | readonly ApiQueryParams[]>>

type PathWith<Method extends string> = {
  [Path in keyof paths]: paths[Path] extends Record<Method, object> ? Path : never
}[keyof paths]

/**
 * A path of the OpenAPI document that answers GET (every one but `sendbulk`).
 * @example
 * const path: GetPath = ENDPOINTS.getbalance.path
 */
export type GetPath = PathWith<'get'>

/**
 * A path of the OpenAPI document that answers POST (every one).
 * @example
 * const path: PostPath = ENDPOINTS.sendbulk.path
 */
export type PostPath = PathWith<'post'>

/**
 * A path of the OpenAPI document that answers both GET and POST.
 * @example
 * const path: ApiPath = ENDPOINTS.sendsms.path
 */
export type ApiPath = GetPath & PostPath
