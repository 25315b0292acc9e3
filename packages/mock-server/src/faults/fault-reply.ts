/**
 * @module
 * A fault applied to the reply the provider layer built: what every transport answers
 * alike is done here (a proxy's page, a cut answer, a late answer); what needs the
 * connection itself (a hang, a reset, a slow body) is left on the reply as its `fault`,
 * for the transport to carry out (`node-fault.ts` on a socket, `web-fault.ts` in-process).
 */
import type { ProviderReply } from '../provider/serve-provider.js'
import type { FaultQueue } from '../state/faults.js'
import type { FaultDirective } from './fault-directive.js'
import { PROXY_PAGE_HEADERS, proxyPage } from './proxy-page.js'

/**
 * The reply to send for `directive`, `reply` being the answer it applies to (the rules'
 * answer when it reached them). Its outcome carries the directive's label.
 * @example
 * const faulted = faultReply(reply, { kind: 'http', status: 503, reached: false, label: 'http-503' }, state.faults)
 * faulted.status // 503
 */
export function faultReply(
  reply: ProviderReply,
  directive: FaultDirective,
  faults: FaultQueue,
): ProviderReply | Promise<ProviderReply> {
  reply.outcome.fault = directive.label
  switch (directive.kind) {
    case 'code':
      return reply
    case 'http':
      return {
        status: directive.status,
        headers: [...PROXY_PAGE_HEADERS],
        body: proxyPage(directive.status),
        outcome: reply.outcome,
      }
    case 'truncated':
      // The first half, framed as the whole answer: a JSON object cut anywhere before its
      // end never parses. The connection then closes, as a server that gave up would.
      return {
        ...reply,
        headers: [...reply.headers, 'connection', 'close'],
        body: reply.body.slice(0, Math.ceil(reply.body.length / 2)),
      }
    case 'latency':
      return late(reply, directive.ms, faults)
    default:
      return { ...reply, fault: directive }
  }
}

// Real time (it models the network, not the mock's clock); closing the mock answers at once.
function late(reply: ProviderReply, ms: number, faults: FaultQueue): Promise<ProviderReply> {
  return new Promise((resolve) => {
    const answer = (): void => {
      clearTimeout(timer)
      release()
      resolve(reply)
    }
    const timer = setTimeout(answer, ms)
    const release = faults.hold(answer)
  })
}
