/**
 * @module
 * The ceiling: a bare node:http server that drains the request and answers one fixed
 * JSON body, read from the file named by its only argument. Run as a child process by
 * `startBareHttpChild`.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.argv[2] ?? '')
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) }

const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, headers)
    res.end(body)
  })
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  process.stdout.write(`bare node:http listening on http://127.0.0.1:${port}\n`)
})
process.once('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
})
