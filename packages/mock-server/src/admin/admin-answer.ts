/**
 * @module
 * One control request's outcome as openapi-fetch returns it (`{ data }` on a 2xx,
 * `{ error }` otherwise), turned into its data or a thrown `MockAdminError`, so every
 * method of the admin client resolves with the answer or rejects with the mock's words.
 */
import { adminError } from './mock-admin-error.js'

/**
 * The data of a 2xx answer; throws a `MockAdminError` for any other.
 * @example
 * const health = await answerOf(client.GET('/__mock/health'))
 */
export async function answerOf<T>(
  outcome: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await outcome
  if (!response.ok) throw adminError(response.status, error)
  return data as T
}
