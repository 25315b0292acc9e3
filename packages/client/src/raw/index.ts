/**
 * @module
 * `@sendsms/client/raw`: the typed raw client of the API (openapi-fetch over the generated
 * schema), for requests the methods of `createClient` do not make.
 */
export { createRawClient, type RawClient, type RawClientOptions } from './create-raw-client.js'
