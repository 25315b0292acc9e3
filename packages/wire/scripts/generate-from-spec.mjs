#!/usr/bin/env node
// Writes src/generated/api-facts.ts from spec/openapi.yaml: the code table, the recipient
// limit, the endpoints and their parameters, and the server URLs.
// Why generated: every package reads these facts, and the spec is their one source; a
// hand-kept copy drifted before. `--check` fails (exit 1) when the committed file is stale,
// the way `openapi-typescript --check` guards the client's types.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

// `--spec FILE` and `--out FILE` exist for the generator's own tests.
function option(name, fallback) {
  const index = process.argv.indexOf(name)
  return index === -1
    ? fallback
    : new URL(process.argv[index + 1] ?? '', `file://${process.cwd()}/`)
}
const specUrl = option('--spec', new URL('../../../spec/openapi.yaml', import.meta.url))
const outUrl = option('--out', new URL('../src/generated/api-facts.ts', import.meta.url))
const spec = parse(readFileSync(specUrl, 'utf8'))

function fail(why) {
  console.error(`generate-from-spec: ${why}`)
  process.exit(1)
}

function serverUrl(role) {
  const server = (spec.servers ?? []).find((s) => s['x-sendsms-role'] === role)
  if (!server) fail(`spec/openapi.yaml has no server with x-sendsms-role: ${role}`)
  return server.url
}

function codes() {
  const entries = spec.components?.schemas?.ResponseCode?.oneOf
  if (!Array.isArray(entries)) fail('components.schemas.ResponseCode.oneOf is missing')
  return entries.map(({ const: code, title, description }) => {
    if (!Number.isInteger(code) || !title || !description) {
      fail(`ResponseCode entry ${JSON.stringify({ code, title, description })} is incomplete`)
    }
    return { code, title, description }
  })
}

function maxRecipients() {
  const max = spec.components?.schemas?.MobileList?.['x-max-numbers']
  if (!Number.isInteger(max)) fail('components.schemas.MobileList has no x-max-numbers')
  return max
}

// The endpoints, named by the last segment of their path (`sendsms`), with the methods the
// spec gives them and the parameters they read: the GET query parameters.
function endpoints() {
  return Object.entries(spec.paths ?? {}).map(([path, item]) => {
    const name = path.split('/').filter(Boolean).at(-1)
    if (!name || !/^[a-z]+$/.test(name)) fail(`cannot name the endpoint of path ${path}`)
    const methods = ['get', 'post'].filter((m) => item[m]).map((m) => m.toUpperCase())
    const query = (item.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
    return { name, path, methods, parameters: query }
  })
}

// Single quotes, as Biome formats the rest of the code, unless the text holds one.
const text = (value) =>
  typeof value === 'string' && !/['\\\n]/.test(value) ? `'${value}'` : JSON.stringify(value)
const list = (values) => `[${values.map(text).join(', ')}]`

function render() {
  const table = codes()
  const lines = [
    '/**',
    ' * @module',
    ' * Facts of the Advanta SMS API, generated from spec/openapi.yaml by',
    ' * scripts/generate-from-spec.mjs. Do not edit: change the spec and run',
    ' * `pnpm -C packages/wire generate`.',
    ' */',
    '',
    '/**',
    ' * Every documented code and the `response-description` the provider sends with it.',
    ' * @example',
    " * RESPONSE_CODES[1006] // 'Invalid credentials'",
    ' */',
    'export const RESPONSE_CODES = Object.freeze({',
    ...table.map(({ code, description }) => `  ${code}: ${text(description)},`),
    '} as const)',
    '',
    '/**',
    ' * A code the spec documents.',
    ' * @example',
    ' * const code: ResponseCode = 1006',
    ' */',
    'export type ResponseCode = keyof typeof RESPONSE_CODES',
    '',
    '/**',
    " * The spec's name for each code (its `title`), e.g. to name an error class.",
    ' * @example',
    " * RESPONSE_CODE_TITLES[1006] // 'InvalidCredentials'",
    ' */',
    'export const RESPONSE_CODE_TITLES: Readonly<Record<ResponseCode, string>> = Object.freeze({',
    ...table.map(({ code, title }) => `  ${code}: ${text(title)},`),
    '})',
    '',
    '/**',
    ' * Most numbers one send may carry (`mobile`); more is answered with top-level 1104.',
    ' * @example',
    ' * numbers.length > MAX_RECIPIENTS // the API answers 1104',
    ' */',
    `export const MAX_RECIPIENTS = ${maxRecipients()}`,
    '',
    '/**',
    ' * The live service.',
    ' * @example',
    ' * createClient({ baseUrl: LIVE_BASE_URL })',
    ' */',
    `export const LIVE_BASE_URL = ${text(serverUrl('live'))}`,
    '',
    '/**',
    ' * Where `@sendsms/mock-server` listens by default.',
    ' * @example',
    " * new URL(MOCK_BASE_URL).port // '4010'",
    ' */',
    `export const MOCK_BASE_URL = ${text(serverUrl('mock'))}`,
    '',
    '/**',
    ' * The endpoints, by name: path (also served with a trailing slash), methods, and the',
    ' * parameters each reads.',
    ' * @example',
    " * ENDPOINTS.sendsms.path // '/api/services/sendsms'",
    ' */',
    'export const ENDPOINTS = Object.freeze({',
    ...endpoints().flatMap(({ name, path, methods, parameters }) => [
      `  ${name}: {`,
      `    path: ${text(path)},`,
      `    methods: ${list(methods)},`,
      `    parameters: ${list(parameters)},`,
      '  },',
    ]),
    '} as const)',
    '',
    '/**',
    ' * The name of an endpoint, e.g. `sendsms`.',
    ' * @example',
    " * const name: EndpointName = 'sendsms'",
    ' */',
    'export type EndpointName = keyof typeof ENDPOINTS',
    '',
  ]
  return lines.join('\n')
}

const generated = render()
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(outUrl, 'utf8')
  } catch {
    // A missing file is stale too.
  }
  if (current !== generated) {
    fail('src/generated/api-facts.ts is stale; run `pnpm -C packages/wire generate`')
  }
} else {
  writeFileSync(outUrl, generated)
}
