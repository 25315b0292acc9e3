/**
 * @module
 * The page's script, built by Vite as an app would be: the mock (`createMock`) and the client
 * in the page, the client's `fetch` answered by `mock.app.fetch`, so the page needs no server
 * but its own. Runs the mock scenario and writes the result as JSON into `#result`.
 */
import * as client from '@sendsms/client'
import * as mockServer from '@sendsms/mock-server'
import { runInProcess } from '../mock/run-in-process.mjs'

const output = document.querySelector('#result')
runInProcess(mockServer, client, 'fetch').then(
  (result) => {
    output.dataset.done = 'true'
    output.textContent = JSON.stringify(result)
  },
  (error) => {
    output.dataset.done = 'true'
    output.textContent = JSON.stringify({ crashed: String(error), stack: error?.stack })
  },
)
