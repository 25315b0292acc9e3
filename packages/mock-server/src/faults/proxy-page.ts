/**
 * @module
 * The page a proxy in front of the API answers when the API fails or cannot be reached:
 * nginx's own error page, `text/html`, naming the status. Not JSON, so a client sees an
 * answer that is not the API's (`UnexpectedResponseError` in `@sendsms/client`).
 */

// nginx's wording of each status (its ngx_http_special_response.c pages).
const REASONS: Readonly<Record<number, string>> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
}

/**
 * The error page of `status`, as nginx writes it.
 * @example
 * proxyPage(503) // '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n…'
 */
export function proxyPage(status: number): string {
  const title = `${status} ${REASONS[status] ?? 'Error'}`
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

/**
 * The headers of a proxy's error page. It allows any origin, as the API's answers do, so a
 * client in a browser sees the status rather than a CORS failure.
 * @example
 * res.writeHead(503, PROXY_PAGE_HEADERS)
 */
export const PROXY_PAGE_HEADERS: readonly string[] = Object.freeze([
  'content-type',
  'text/html',
  'access-control-allow-origin',
  '*',
])
