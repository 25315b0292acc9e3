/**
 * @module
 * Carrying out a connection fault where there is no socket (in-process `app.fetch`,
 * browsers, Workers): the closest a fetch handler can come. A reset is an answer whose body
 * fails as it is read (a fetch caller sees the read fail, as when a connection drops); a
 * hang is an answer that never comes, until the caller aborts or the mock closes, and then
 * the failing body; a slow body is a stream that trickles the answer.
 */
import type { ProviderReply } from '../provider/serve-provider.js'
import type { FaultQueue } from '../state/faults.js'
import { slowPieces } from './slow-pieces.js'

function headersOf(flat: string[]): Headers {
  const headers = new Headers()
  for (let i = 0; i < flat.length; i += 2) headers.append(flat[i] as string, flat[i + 1] as string)
  return headers
}

function broken(reply: ProviderReply): Response {
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.error(new TypeError('The mock reset the connection')),
  })
  return new Response(body, { status: reply.status, headers: headersOf(reply.headers) })
}

/**
 * The web answer for `reply.fault`; `signal` is the request's, so a caller that gives up
 * ends a hang.
 * @example
 * if (reply.fault) return webFaultResponse(reply, state.faults, c.req.raw.signal)
 */
export function webFaultResponse(
  reply: ProviderReply,
  faults: FaultQueue,
  signal: AbortSignal,
): Response | Promise<Response> {
  const fault = reply.fault
  if (fault?.kind === 'slow-body') return trickled(reply, fault.ms, faults)
  if (fault?.kind !== 'hang' || signal.aborted) return broken(reply)
  return new Promise((resolve) => {
    const end = (): void => {
      release()
      signal.removeEventListener('abort', end)
      resolve(broken(reply))
    }
    const release = faults.hold(end)
    signal.addEventListener('abort', end)
  })
}

function trickled(reply: ProviderReply, ms: number, faults: FaultQueue): Response {
  const { pieces, everyMs } = slowPieces(reply.body, ms)
  let timer: ReturnType<typeof setTimeout> | undefined
  let release = (): void => {}
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      let next = 0
      const step = (): void => {
        controller.enqueue(pieces[next++] as Uint8Array)
        if (next < pieces.length) timer = setTimeout(step, everyMs)
        else {
          release()
          controller.close()
        }
      }
      timer = setTimeout(step, everyMs)
      release = faults.hold(() => {
        clearTimeout(timer)
        controller.error(new TypeError('The mock closed the connection'))
      })
    },
    cancel: () => {
      clearTimeout(timer)
      release()
    },
  })
  return new Response(body, { status: reply.status, headers: headersOf(reply.headers) })
}
