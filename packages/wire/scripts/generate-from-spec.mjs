#!/usr/bin/env node
// Writes src/generated/api-facts.ts from spec/openapi.yaml: the code table, the recipient
// limit, the endpoints and their parameters, the server URLs and the network ids.
// Why generated: every package reads these facts, and the spec is their one source; a
// hand-kept copy drifted before. `--check` fails (exit 1) when the committed file is stale,
// the way `openapi-typescript --check` guards the client's types.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

// Each frozen table is marked `/* @__PURE__ */`: a call to `Object.freeze` could have side
// effects as far as a bundler knows, so without the mark every table ends up in every app
// (2.1 kB minified in the browser bundle of `sendSms`, which needs only RESPONSE_CODES and
// ENDPOINTS); with it, a bundler drops the tables an app does not read.
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

// A local `$ref` ("#/components/…"), followed until it reaches a value.
function resolve(node) {
  let value = node
  for (let hops = 0; value && typeof value.$ref === 'string'; hops++) {
    if (hops > 20 || !value.$ref.startsWith('#/')) fail(`cannot follow $ref ${value.$ref}`)
    value = value.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, key) => at?.[key], spec)
    if (value === undefined) fail(`$ref ${node.$ref} points at nothing`)
  }
  return value
}

// The properties of a JSON body schema: an object's own and its allOf parts', and for a
// oneOf (an object or a list holding one) those of its first object.
function bodyProperties(schemaNode) {
  const schema = resolve(schemaNode ?? {})
  if (Array.isArray(schema.oneOf)) {
    const object = schema.oneOf.map(resolve).find((s) => s.type === 'object')
    return object ? bodyProperties(object) : {}
  }
  const own = schema.properties ?? {}
  return Object.assign({}, ...(schema.allOf ?? []).map(bodyProperties), own)
}

// The endpoints, named by the last segment of their path (`sendsms`), each listed in the
// spec with and without the trailing slash: the methods the spec gives them, the
// parameters they read (the GET query parameters, then the JSON body's properties), and
// which of those are lists of objects (`smslist`).
function endpoints() {
  const byName = new Map()
  for (const [path, node] of Object.entries(spec.paths ?? {})) {
    const bare = path.replace(/\/$/, '')
    const name = bare.split('/').filter(Boolean).at(-1)
    if (!name || !/^[a-z]+$/.test(name)) fail(`cannot name the endpoint of path ${path}`)
    const seen = byName.get(name) ?? { name, path: bare, forms: new Set(), item: resolve(node) }
    seen.forms.add(path)
    byName.set(name, seen)
  }
  return [...byName.values()].map(({ name, path, forms, item }) => {
    if (!forms.has(path) || !forms.has(`${path}/`)) {
      fail(`${path} must be listed both without and with its trailing slash`)
    }
    const methods = ['get', 'post'].filter((m) => item[m]).map((m) => m.toUpperCase())
    // What the API ignores (`x-ignored`) is not read at all, so it is never refused.
    const query = (item.get?.parameters ?? [])
      .map(resolve)
      .filter((p) => p.in === 'query' && !p['x-ignored'])
    const body = Object.entries(
      bodyProperties(item.post?.requestBody?.content?.['application/json']?.schema),
    )
      .map(([key, schema]) => [key, resolve(schema)])
      .filter(([, schema]) => !schema['x-ignored'])
    const parameters = [...new Set([...query.map((p) => p.name), ...body.map(([key]) => key)])]
    const typesOf = (schema) => [schema.type ?? []].flat()
    const lists = body.filter(([, schema]) => typesOf(schema).includes('array')).map(([k]) => k)
    const flags = body.filter(([, schema]) => typesOf(schema).includes('boolean')).map(([k]) => k)
    return { name, path, methods, parameters, lists, flags }
  })
}

function maxBulkItems() {
  const max = spec.components?.schemas?.SendBulkRequest?.properties?.smslist?.['x-max-items']
  if (!Number.isInteger(max)) fail('SendBulkRequest.smslist has no x-max-items')
  return max
}

// The "no report" answers of getdlr: the getdlr page's own (1009 "No dlr") first, then the
// code table's (1008), each with the description it comes with on that endpoint.
function noReportAnswers() {
  const entries = spec.components?.responses?.DeliveryReportAnswer?.['x-no-report']
  if (!Array.isArray(entries) || entries.length === 0) {
    fail('components.responses.DeliveryReportAnswer has no x-no-report list')
  }
  for (const { code, description } of entries) {
    if (!Number.isInteger(code) || typeof description !== 'string') {
      fail(`x-no-report entry ${JSON.stringify({ code, description })} is incomplete`)
    }
  }
  return entries
}

function deliveryStatuses() {
  const entries = spec.components?.schemas?.DeliveryStatus?.oneOf
  if (!Array.isArray(entries)) fail('components.schemas.DeliveryStatus.oneOf is missing')
  return entries.map((entry) => {
    const { const: description, 'x-status': status, 'x-final': final } = entry
    if (
      typeof description !== 'string' ||
      !Number.isInteger(status) ||
      typeof final !== 'boolean'
    ) {
      fail(`DeliveryStatus entry ${JSON.stringify(entry)} needs const, x-status and x-final`)
    }
    return { description, status, final }
  })
}

// The networks a `networkid` names. The spec gives them in the words of each field that
// carries one ("Network of the number (1 Safaricom, 2 Airtel, 3 Telkom)"), not as a list
// of its own; every such field must name the same networks, so a field edited alone fails.
function networks() {
  const schemas = spec.components?.schemas ?? {}
  const fields = [
    ['RecipientResult', 'networkid'],
    ['BulkRecipientResult', 'networkid'],
    ['DeliveryReport', 'delivery-networkid'],
  ]
  const found = fields.map(([schema, key]) => {
    const description = schemas[schema]?.properties?.[key]?.description
    const named = /\((\d+ [A-Z][A-Za-z]*(?:, \d+ [A-Z][A-Za-z]*)*)\)/.exec(description ?? '')?.[1]
    if (!named) fail(`${schema}.${key} does not name its networks as "(1 Name, 2 Name, …)"`)
    return { where: `${schema}.${key}`, named }
  })
  const differs = found.find(({ named }) => named !== found[0].named)
  if (differs) fail(`${differs.where} names other networks than ${found[0].where}`)
  return found[0].named.split(', ').map((entry) => {
    const [id, name] = entry.split(' ')
    return { id: Number(id), name }
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
    'export const RESPONSE_CODES = /* @__PURE__ */ Object.freeze({',
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
    'export const RESPONSE_CODE_TITLES: Readonly<Record<ResponseCode, string>> = /* @__PURE__ */ Object.freeze({',
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
    ' * The endpoints, by name: path (also served with a trailing slash), methods, the',
    ' * parameters each reads, which of them are lists of objects (`lists`) and which may',
    ' * be JSON booleans (`flags`).',
    ' * @example',
    " * ENDPOINTS.sendsms.path // '/api/services/sendsms'",
    ' */',
    'export const ENDPOINTS = /* @__PURE__ */ Object.freeze({',
    ...endpoints().flatMap(({ name, path, methods, parameters, lists, flags }) => [
      `  ${name}: {`,
      `    path: ${text(path)},`,
      `    methods: ${list(methods)},`,
      `    parameters: ${list(parameters)},`,
      `    lists: ${list(lists)},`,
      `    flags: ${list(flags)},`,
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
    '/**',
    ' * Most items one bulk send may carry (`smslist`); more is answered with top-level 1012.',
    ' * @example',
    ' * items.length > MAX_BULK_ITEMS // the API answers 1012',
    ' */',
    `export const MAX_BULK_ITEMS = ${maxBulkItems()}`,
    '',
    '/**',
    " * The delivery statuses, in the spec's order: the description the provider sends, the",
    ' * number sent as `delivery-status`, and whether a message stays in it for good.',
    ' * @example',
    " * DELIVERY_STATUSES.find((s) => s.status === 32)?.description // 'DeliveredToTerminal'",
    ' */',
    'export const DELIVERY_STATUSES = /* @__PURE__ */ Object.freeze([',
    ...deliveryStatuses().map(
      ({ description, status, final }) =>
        `  { description: ${text(description)}, status: ${status}, final: ${final} },`,
    ),
    '] as const)',
    '',
    '/**',
    " * How getdlr says it has no report for a message: the getdlr page's example first, then",
    " * the code table's, each code with the description it comes with on that endpoint.",
    ' * @example',
    " * NO_REPORT_ANSWERS[0] // { code: 1009, description: 'No dlr' }",
    ' */',
    'export const NO_REPORT_ANSWERS = /* @__PURE__ */ Object.freeze([',
    ...noReportAnswers().map(
      ({ code, description }) => `  { code: ${code}, description: ${text(description)} },`,
    ),
    '] as const)',
    '',
    '/**',
    ' * A delivery status as the provider words it, e.g. `DeliveredToTerminal`.',
    ' * @example',
    " * const status: DeliveryStatus = 'SentToNetwork'",
    ' */',
    "export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['description']",
    '',
    '/**',
    ' * The networks a `networkid` (and `delivery-networkid`) names, by id, as the spec',
    ' * describes those fields. Which numbers belong to each is in `networks.ts`.',
    ' * @example',
    " * NETWORK_NAMES[2] // 'Airtel'",
    ' */',
    'export const NETWORK_NAMES = /* @__PURE__ */ Object.freeze({',
    ...networks().map(({ id, name }) => `  ${id}: ${text(name)},`),
    '} as const)',
    '',
    '/**',
    ' * A network id the spec names.',
    ' * @example',
    ' * const id: NetworkId = 1',
    ' */',
    'export type NetworkId = keyof typeof NETWORK_NAMES',
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
