/**
 * @module
 * What fetch rejects with in each runtime: failures after which the request cannot have
 * reached the provider (Node's undici, Bun and Deno each word them their own way), and
 * failures after which it may have.
 */

/** An error with a `code`, as Node and Bun attach one. */
function coded(code: string, message = `connect ${code} 127.0.0.1:4010`): Error {
  return Object.assign(new Error(message), { code })
}

/** What each runtime's fetch rejects with when the request cannot have left. */
export const NEVER_REACHED: [string, unknown][] = [
  ['Node: refused', new TypeError('fetch failed', { cause: coded('ECONNREFUSED') })],
  [
    'Node: no such host',
    new TypeError('fetch failed', { cause: coded('ENOTFOUND', 'getaddrinfo ENOTFOUND api.test') }),
  ],
  [
    'Node: DNS not answering',
    new TypeError('fetch failed', { cause: coded('EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.test') }),
  ],
  ['Node: no name', new TypeError('fetch failed', { cause: coded('EAI_NONAME') })],
  ['Node: host unreachable', new TypeError('fetch failed', { cause: coded('EHOSTUNREACH') })],
  ['Node: network unreachable', new TypeError('fetch failed', { cause: coded('ENETUNREACH') })],
  [
    'Node: connect timeout',
    new TypeError('fetch failed', {
      cause: coded('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'),
    }),
  ],
  [
    'Node: refused on every address',
    new TypeError('fetch failed', {
      cause: new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')], ''),
    }),
  ],
  [
    'Node: a plain object cause',
    new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
  ],
  [
    'Bun: refused',
    coded('ConnectionRefused', 'Unable to connect. Is the computer able to access the url?'),
  ],
  ['Bun: socket not opened', coded('FailedToOpenSocket', 'Was there a typo in the url or port?')],
  ['Bun: DNS lookup failed', coded('DNSLookupFailed')],
  ['Bun: newer, Node codes at the top', coded('ECONNREFUSED')],
  [
    'Deno: refused',
    new TypeError(
      'error sending request for url (http://127.0.0.1:4010/api/services/sendsms): client error (Connect): tcp connect error: Connection refused (os error 111)',
    ),
  ],
  [
    'Deno: no such host',
    new TypeError(
      'error sending request for url (https://api.test/): client error (Connect): dns error: failed to lookup address information: Name or service not known',
    ),
  ],
  [
    'Deno: in a cause',
    new TypeError('fetch failed', {
      cause: new Error('client error (Connect): tcp connect error: Connection refused'),
    }),
  ],
]

/** Failures after which the request may have reached the provider. */
export const MAY_HAVE_REACHED: [string, unknown][] = [
  ['a browser, which never says why', new TypeError('Failed to fetch')],
  ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
  ['Node: reset', new TypeError('fetch failed', { cause: coded('ECONNRESET') })],
  ['Node: other side closed', new TypeError('fetch failed', { cause: coded('UND_ERR_SOCKET') })],
  ['Node: timed out', new TypeError('fetch failed', { cause: coded('ETIMEDOUT') })],
  [
    'Node: refused on one address, timed out on the other',
    new TypeError('fetch failed', {
      cause: new AggregateError([coded('ECONNREFUSED'), coded('ETIMEDOUT')], ''),
    }),
  ],
  ['Bun: closed', coded('ConnectionClosed', 'The socket connection was closed unexpectedly.')],
  [
    'Deno: reset after connecting',
    new TypeError(
      'error sending request from 127.0.0.1:50472 for http://localhost:4444/ (127.0.0.1:4444): client error (SendRequest): connection error: Connection reset by peer (os error 54)',
    ),
  ],
  [
    'Deno: TLS refused',
    new TypeError('client error (Connect): invalid peer certificate: UnknownIssuer'),
  ],
  ['a code that is not a string', Object.assign(new Error('x'), { code: 111 })],
  ['an empty AggregateError', new AggregateError([], '')],
  ['not an object', 'ECONNREFUSED'],
  ['null', null],
  ['undefined', undefined],
]
