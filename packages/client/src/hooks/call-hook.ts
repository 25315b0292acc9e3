/**
 * @module
 * Calls one of the client's hooks so that nothing it does can break a send: what it throws
 * and what a promise it returns rejects with are dropped. A hook is there to watch; if it
 * could fail a send, a logging bug would stop SMS from going out, or worse, fail a send
 * that did go out and invite a second one.
 */

/**
 * Calls `hook` with `event` if there is one, ignoring its result and its errors.
 * @example
 * callHook(options.onRequest, { method: 'GET', url, body: undefined, attempt: 1 })
 */
export function callHook<Event>(hook: ((event: Event) => unknown) | undefined, event: Event): void {
  if (hook === undefined) return
  try {
    const result = hook(event)
    // A promise that rejects later would otherwise be an unhandled rejection.
    if (result instanceof Promise) result.catch(() => {})
  } catch {
    // Dropped on purpose: see the module comment.
  }
}
