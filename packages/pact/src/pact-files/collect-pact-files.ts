/**
 * @module
 * Reads the pacts a user points at: files, directories of `*.json` files, or both, as a
 * command line or a CI step names them. Every command and function of this package takes
 * its pacts through here, so a directory means the same thing everywhere.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { type LoadedPact, listPactFiles, type PactFile } from './read-pact-files.js'

/**
 * The pact files `paths` name, in order: each file as it is, each directory's `*.json`
 * files sorted. Throws, naming the path, for a path that does not exist, a file that is not
 * JSON or not a pact (no `interactions` array), and when nothing at all is found.
 * @example
 * readPacts(['pacts/', 'extra/my-app-advanta-sms-api.json']).map(({ pact }) => pact.consumer.name)
 */
export function readPacts(paths: string | readonly string[]): LoadedPact[] {
  const files = (typeof paths === 'string' ? [paths] : paths).flatMap((path) => {
    const absolute = resolve(path)
    let isDirectory: boolean
    try {
      isDirectory = statSync(absolute).isDirectory()
    } catch {
      throw new Error(`No pact file or directory at ${path}`)
    }
    return isDirectory ? listPactFiles(absolute) : [absolute]
  })
  if (files.length === 0) throw new Error(`No pact files (*.json) in ${[paths].flat().join(', ')}`)
  return files.map((path) => ({ path, pact: parsePact(path) }))
}

function parsePact(path: string): PactFile {
  let pact: unknown
  try {
    pact = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path} is not a JSON file: ${(error as Error).message}`)
  }
  const interactions = (pact as { interactions?: unknown } | null)?.interactions
  if (!Array.isArray(interactions)) throw new Error(`${path} is not a pact: it has no interactions`)
  return pact as PactFile
}
