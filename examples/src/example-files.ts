/**
 * @module
 * The example files of one provider page (`send-sms-docs/`, `bulk-sms-docs/`, …): which
 * language each is in and which method it calls, read from its name (`get.php`, `post.py`).
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ExampleLanguage } from './interpreters.js'

/** One example file. */
export interface ExampleFile {
  /** The folder of its page, e.g. `bulk-sms-docs`. */
  page: string
  /** Its name, e.g. `post.php`. */
  file: string
  /** Its absolute path. */
  path: string
  language: ExampleLanguage
  /** The HTTP method it calls, from the name's first part. */
  method: 'GET' | 'POST'
}

const LANGUAGES: readonly string[] = ['php', 'cjs', 'py'] satisfies ExampleLanguage[]

/**
 * The page's examples, sorted by name. A file named otherwise than `get|post.php|cjs|py`
 * is refused rather than left out, so no example goes untested.
 * @example
 * listExamples('bulk-sms-docs').map((e) => e.file) // ['post.cjs', 'post.php', 'post.py']
 */
export function listExamples(page: string): ExampleFile[] {
  const dir = fileURLToPath(new URL(`../${page}/`, import.meta.url))
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const [name, language, ...rest] = file.split('.')
      if ((name !== 'get' && name !== 'post') || !LANGUAGES.includes(language ?? '') || rest.length)
        throw new Error(`${page}/${file} is not named get|post.php|cjs|py`)
      return {
        page,
        file,
        path: `${dir}${file}`,
        language: language as ExampleLanguage,
        method: name === 'get' ? 'GET' : 'POST',
      }
    })
}

/**
 * The files a page holds when it has an example per language for each of `methods`, e.g.
 * the methods `ENDPOINTS` gives its endpoint.
 * @example
 * expectedFiles(['POST']) // ['post.cjs', 'post.php', 'post.py']
 */
export function expectedFiles(methods: readonly string[]): string[] {
  return methods.flatMap((method) => LANGUAGES.map((l) => `${method.toLowerCase()}.${l}`)).sort()
}
