/**
 * @module
 * The page's script, built by Vite as an app would be: runs the scenario with the client's
 * ESM build against the mock named by the page's `?mock=` parameter (another origin, so
 * every request goes through CORS), and writes the result as JSON into `#result`.
 */
import * as client from '@sendsms/client'
import { runScenario } from '../programs/scenario.mjs'

const output = document.querySelector('#result')
const mockUrl = new URLSearchParams(location.search).get('mock')
runScenario(client, mockUrl).then(
  (result) => {
    output.dataset.done = 'true'
    output.textContent = JSON.stringify(result)
  },
  (error) => {
    output.dataset.done = 'true'
    output.textContent = JSON.stringify({ crashed: String(error) })
  },
)
