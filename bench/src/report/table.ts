/**
 * @module
 * The human-readable report of a run: Markdown tables (they read fine in a terminal
 * and paste straight into bench/README.md).
 */
import type { BenchResult } from '../bench-result.js'

const n0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a')
const n1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a')
const n2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a')

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

const SERVER_NAMES = {
  mock: 'mock (default: log on, to a pipe)',
  quiet: 'mock --quiet (no log)',
  prism: 'Prism',
  bare: 'bare node:http',
} as const

function serversTable(result: BenchResult): string {
  const rows = result.servers.flatMap((s) =>
    (['mock', 'quiet', 'prism', 'bare'] as const).map((who) => {
      const f = s[who]
      // The judged ratio is the median of the rounds' own ratios, listed after it.
      const each = (ratios: number[], digits: (x: number) => string) =>
        ratios.length > 1 ? ` (${ratios.map(digits).join(', ')})` : ''
      const r = s.roundRatios
      const ratio = {
        mock: '',
        quiet: `${n2(s.quietOverBare)}× bare${each(r.quietOverBare, n2)}`,
        prism: `mock ${n1(s.mockOverPrism)}×${each(r.mockOverPrism, n1)}`,
        bare: `mock ${n2(s.mockOverBare)}×${each(r.mockOverBare, n2)}`,
      }[who]
      return [
        `${s.name} (${s.connections} conn, ${s.rounds} × ${s.durationS} s)`,
        SERVER_NAMES[who],
        s.rounds > 1 ? `${n0(f.reqPerS)} (${f.roundsReqPerS.map(n0).join(', ')})` : n0(f.reqPerS),
        n1(f.p50Ms),
        n1(f.p99Ms),
        String(f.failures),
        `${f.answer.status}, ${n0(f.answer.bytes)} B`,
        ratio,
      ]
    }),
  )
  return table(
    [
      'scenario',
      'server',
      'req/s (rounds)',
      'p50 ms',
      'p99 ms',
      'failed',
      'answer',
      'ratio (rounds)',
    ],
    rows,
  )
}

function clientTable(result: BenchResult): string {
  const c = result.client
  return table(
    ['way', 'recipients/s (median)', 'seconds per round'],
    [
      ['@sendsms/client', n0(c.clientRecipientsPerS), c.clientSeconds.map(n2).join(', ')],
      ['bare fetch', n0(c.fetchRecipientsPerS), c.fetchSeconds.map(n2).join(', ')],
    ],
  )
}

function cliTable(result: BenchResult): string {
  const c = result.cli
  return table(
    ['command', 'median ms', 'p90 ms', '÷ node -e 0'],
    [
      ['node -e 0', n1(c.node.medianMs), n1(c.node.p90Ms), '1.00'],
      ['sendsms --help', n1(c.help.medianMs), n1(c.help.p90Ms), n2(c.helpOverNode)],
      ['sendsms send (1 number)', n1(c.send.medianMs), n1(c.send.p90Ms), n2(c.sendOverNode)],
    ],
  )
}

function memoryTable(result: BenchResult): string {
  const m = result.memory
  const curve = m.curve.map((p) => `${n0(p.messages)}: ${n1(p.rssMb)}`).join('; ')
  return table(
    [
      'messages accepted',
      'RSS before MB',
      'RSS after MB',
      'peak RSS MB',
      'RSS along the way (messages: MB)',
    ],
    [[n0(m.accepted), n1(m.beforeMb), n1(m.afterMb), n1(m.peakMb), curve]],
  )
}

function uploadTable(result: BenchResult): string {
  const rows = (['mock', 'bare'] as const).map((who) => {
    const f = result.upload[who]
    return [
      who === 'mock' ? 'mock (default)' : 'bare node:http',
      n0(f.uploadMs),
      String(f.otherRequests),
      n1(f.otherP99Ms),
      n1(f.otherMaxMs),
    ]
  })
  return table(
    ['server', 'upload ms', "other client's requests", 'their p99 ms', 'their slowest ms'],
    rows,
  )
}

function namespacesTable(result: BenchResult): string {
  const ns = result.namespaces
  const rows = (['one', 'many'] as const).map((way) => {
    const f = ns[way]
    return [
      way === 'one' ? 'one namespace' : `${ns.namespaces} namespaces`,
      `${n0(f.reqPerS)} (${f.roundsReqPerS.map(n0).join(', ')})`,
      n1(f.p99Ms),
      String(f.failures),
      n1(f.rssMb),
      String(f.namespacesListed),
    ]
  })
  return table(
    ['load', 'req/s, median (rounds)', 'p99 ms', 'failures', 'RSS after MB', 'namespaces listed'],
    rows,
  )
}

function targetsTable(result: BenchResult): string {
  return table(
    ['target', 'measured', 'limit', 'verdict'],
    result.targets.map((t) => [
      t.name,
      `${t.unit === '×' ? n2(t.value) : n1(t.value)} ${t.unit}`,
      `${t.limit} ${t.unit}`,
      t.pass ? 'PASS' : 'MISS',
    ]),
  )
}

/**
 * Formats a run as Markdown: machine, the six parts, then the targets.
 * @example
 * process.stdout.write(formatReport(result))
 */
export function formatReport(result: BenchResult): string {
  const m = result.machine
  const c = result.client
  return [
    `sendsms-kit bench${result.smoke ? ' (SMOKE: tiny durations, figures mean nothing)' : ''}`,
    `${m.date} · Node ${m.node} · ${m.cpus} × ${m.cpuModel} · ${m.platform} · ${m.pinned ? 'servers on CPU 0, load on the others' : 'not pinned'}`,
    '',
    '### 1. Mock server vs Prism vs bare node:http (autocannon, loopback)',
    '',
    serversTable(result),
    '',
    `### 2. Client: ${n0(c.recipients)} recipients, ${c.batchSize} per request, ${c.concurrency} in flight, ${c.rounds} rounds`,
    '',
    clientTable(result),
    '',
    `Client overhead over bare fetch (median time): ${n1(c.overheadPct)} %`,
    '',
    `### 3. CLI cold start (${result.cli.runs} runs each, interleaved)`,
    '',
    cliTable(result),
    '',
    '### 4. Mock memory, default settings, 1000-number requests',
    '',
    memoryTable(result),
    '',
    `### 5. A ${n0(result.upload.bytes)}-byte send in 1-byte chunks, with another client sending meanwhile`,
    '',
    uploadTable(result),
    '',
    `### 6. Mock under ${result.namespaces.namespaces} namespaces against one, POST 1 number, ${result.namespaces.connections} connections, ${result.namespaces.rounds} × ${result.namespaces.durationS} s`,
    '',
    namespacesTable(result),
    '',
    `${result.namespaces.namespaces} namespaces ÷ one, req/s (median of the rounds' ratios): ${n2(result.namespaces.manyOverOne)} × (${result.namespaces.roundRatios.map(n2).join(', ')})`,
    '',
    '### Targets',
    '',
    targetsTable(result),
    '',
  ].join('\n')
}
