/**
 * @module
 * The scenario through the client's ESM build, for every runtime that runs a file: Node,
 * Bun and Deno. Takes the mock's base URL as its one argument and prints one JSON line,
 * with the file the runtime resolved `@sendsms/client` to, so a test can tell which build ran.
 */
import * as client from '@sendsms/client'
import { runScenario } from './scenario.mjs'

const baseUrl = globalThis.Deno?.args[0] ?? globalThis.process.argv[2]
const result = await runScenario(client, baseUrl)
console.log(JSON.stringify({ entry: import.meta.resolve('@sendsms/client'), ...result }))
