/**
 * @module
 * A recording stand-in for `fetch` used by the unit tests: it keeps every request the
 * client made and answers with whatever the test scripts, without any network.
 */

/** A fake fetch and the requests it has seen. */
export interface FakeFetch {
  fetch: typeof globalThis.fetch
  requests: Request[]
}

/**
 * A `Response` with a JSON body, HTTP 200 unless told otherwise.
 * @example
 * jsonResponse({ 'response-code': 1006, 'response-description': 'Invalid credentials' })
 */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** A one-row success answer, as the API sends it. */
export const ACCEPTED_BODY = {
  responses: [
    {
      'response-code': 200,
      'response-description': 'Success',
      mobile: 254712345678,
      messageid: 100000001,
      networkid: 1,
    },
  ],
}

/**
 * A fetch that records requests and answers with `answer` (default: one accepted row).
 * @example
 * const fake = fakeFetch(() => jsonResponse(ACCEPTED_BODY))
 * const client = createClient({ fetch: fake.fetch, baseUrl: 'http://api.test' })
 */
export function fakeFetch(
  answer: (request: Request) => Response | Promise<Response> = () => jsonResponse(ACCEPTED_BODY),
): FakeFetch {
  const requests: Request[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Reuse the client's Request: a copy's signal only follows the original weakly, so
    // a copy nobody else holds can be garbage-collected before its abort fires.
    const request = input instanceof Request && !init ? input : new Request(input, init)
    requests.push(request.clone())
    return answer(request)
  }
  return { fetch, requests }
}

/**
 * A fetch that never answers and rejects only when its request is aborted.
 * @example
 * const fake = hangingFetch()
 * await createClient({ fetch: fake.fetch, timeoutMs: 10 }).sendSms(send) // TimeoutError
 */
export function hangingFetch(): FakeFetch {
  return fakeFetch(
    (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason))
      }),
  )
}
