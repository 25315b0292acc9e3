/**
 * @module
 * Types of `mock-scenario.mjs`, for the tests that run it in Node (the workerd test drives
 * the Worker from there) and read what it reports.
 */
import type * as client from '@sendsms/client'

/** The key the scenario sends when it means to be refused. */
export declare const WRONG_API_KEY: string
/** The numbers sent to. */
export declare const RECIPIENTS: readonly string[]
/** Where the mock's virtual clock starts (ISO 8601 with the East Africa offset). */
export declare const MOCK_CLOCK_START: string
/** The message sent. */
export declare const MOCK_MESSAGE: string
/** The namespace of the scenario's second run. */
export declare const NAMESPACE: string

/** What the control endpoints answered: the HTTP status and the JSON body. */
export interface ControlAnswer {
  status: number
  body: unknown
}

/** The journal as `GET /__mock/messages` showed it. */
export interface JournalView {
  status: number
  messages: { messageId: string; mobile: string; endpoint: string; delivery: string }[]
}

/** A delivery report as the client read it. */
export interface ReportView {
  messageId: string
  status: client.DeliveryStatus
  final: boolean
}

/** Everything the scenario reports, JSON-safe. */
export interface MockScenarioResult {
  sent: { allAccepted: boolean; mobiles: string[]; messageIds: string[] }
  balance: { credit: number; partnerId: string }
  wrongKey: Record<string, unknown>
  journalBefore: JournalView
  reportBefore: ReportView
  clockBefore: ControlAnswer
  clockAfter: ControlAnswer
  reportAfter: ReportView
  journalAfter: JournalView
  /** A send under `/ns/{NAMESPACE}`, its journal there, the root's, and the namespace dropped. */
  namespace: {
    messageIds: string[]
    status: number
    messages: string[]
    rootMessages: number
    dropped: ControlAnswer
  }
}

/**
 * Runs the scenario against the mock at `baseUrl`.
 *
 * @example
 * ```ts
 * const result = await runMockScenario(client, { baseUrl: workerUrl, advance: '20s' })
 * ```
 */
export declare function runMockScenario(
  clientModule: typeof client,
  options: { baseUrl: string; fetch?: client.FetchFunction; advance: string },
): Promise<MockScenarioResult>
