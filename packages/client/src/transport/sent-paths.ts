/**
 * @module
 * The OpenAPI document's paths as the transport calls them. Paths, methods and answers are
 * the generated ones; only the inputs are typed as what is really sent: any subset of the
 * parameters, a GET as a query of strings and a POST as one JSON object. The spec marks the
 * credentials required, but the client leaves a missing one out on purpose so the provider
 * answers its own 4091/4092; typing that honestly here spares a cast at every call.
 */
import type { paths } from '../generated/schema.js'

/**
 * The parameters of one call, by wire name. Numbers stay numbers in a JSON body and are
 * written as decimal text in a query.
 * @example
 * const params: ApiParams = { apikey: 'k', mobile: '254712345678', timeToSend: 1914505200 }
 */
export type ApiParams = Readonly<Record<string, string | number>>

type SentOperation<Operation, Method> = Operation extends { responses: infer Responses }
  ? Method extends 'get'
    ? { parameters: { query?: Record<string, string> }; requestBody?: never; responses: Responses }
    : {
        parameters: { query?: never }
        requestBody: { content: { 'application/json': ApiParams } }
        responses: Responses
      }
  : Operation

/**
 * `Paths` with each operation's inputs replaced by what the transport sends.
 * @example
 * const api = createFetchClient<SentPaths<paths>>({ baseUrl })
 */
export type SentPaths<Paths> = {
  [Path in keyof Paths]: {
    [Method in keyof Paths[Path]]: SentOperation<Paths[Path][Method], Method>
  }
}

/**
 * A path of the OpenAPI document that answers both GET and POST (every path today).
 * @example
 * const path: ApiPath = ENDPOINTS.sendsms.path
 */
export type ApiPath = {
  [Path in keyof paths]: paths[Path] extends { get: object; post: object } ? Path : never
}[keyof paths]
