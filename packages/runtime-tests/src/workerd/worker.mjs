/**
 * @module
 * A Cloudflare Worker (module format) that runs the scenario with the client's ESM build,
 * bundled by esbuild as a Worker project would. The mock's URL comes from the `MOCK_URL`
 * binding. No `nodejs_compat`: the client must need nothing from `node:`.
 */
import * as client from '@sendsms/client'
import { runScenario } from '../programs/scenario.mjs'

/**
 * The Worker's handler: answers every request with the scenario's result as JSON.
 *
 * @example
 * ```js
 * await (await miniflare.dispatchFetch('http://worker/')).json()
 * ```
 */
// biome-ignore lint/style/noDefaultExport: workerd finds a module Worker's handlers on its default export.
export default {
  async fetch(_request, env) {
    return Response.json(await runScenario(client, env.MOCK_URL))
  },
}
