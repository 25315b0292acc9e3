/**
 * @module
 * The scenario through the client's CommonJS build (`require`), for the runtimes that have
 * one: Node, Bun and Deno. The scenario itself is ESM, so it is imported; the client module
 * it is handed is the one `require` loaded.
 */
const client = require('@sendsms/client')

const baseUrl = globalThis.Deno?.args[0] ?? process.argv[2]
import('./scenario.mjs').then(async ({ runScenario }) => {
  const result = await runScenario(client, baseUrl)
  console.log(JSON.stringify({ entry: require.resolve('@sendsms/client'), ...result }))
})
