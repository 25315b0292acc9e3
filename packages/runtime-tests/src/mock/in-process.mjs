/**
 * @module
 * The in-process mock scenario as a program, for the runtimes that run a file (Bun, Deno):
 * `createMock` and the client from the runtime's own resolution of the packages, requests
 * through `mock.app.request`. Prints one JSON line, with the files the runtime resolved both
 * packages to, so a test can tell which builds ran. Needs no permission: nothing leaves
 * the process.
 */
import * as client from '@sendsms/client'
import * as mockServer from '@sendsms/mock-server'
import { runInProcess } from './run-in-process.mjs'

const result = await runInProcess(mockServer, client, 'request')
console.log(
  JSON.stringify({
    entry: import.meta.resolve('@sendsms/mock-server'),
    clientEntry: import.meta.resolve('@sendsms/client'),
    ...result,
  }),
)
