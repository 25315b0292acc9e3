/**
 * @module
 * The app under test: a reminder service that sends SMS through the Advanta SMS API with
 * its own `fetch` code, as many integrations are written (no SDK). It reads the answers as
 * they drift in the wild: ids as integers or strings, the code under `response-code` or the
 * live service's misspelt `respose-code`, the credit as `"545.00"` or `545`.
 */

/**
 * Where the app sends and with which account.
 * @example
 * const settings: SmsSettings = { baseUrl: 'https://quicksms.advantasms.com', apikey: 'k', partnerID: '1', shortcode: 'SHOP' }
 */
export interface SmsSettings {
  baseUrl: string
  apikey: string
  partnerID: string
  shortcode: string
}

/**
 * The outcome for one number.
 * @example
 * const sent: Sent = { ok: true, code: 200, mobile: '254712345678', messageId: '100000001' }
 */
export interface Sent {
  ok: boolean
  code: number
  mobile: string
  messageId?: string
}

/**
 * A delivery report.
 * @example
 * const report: Report = { messageId: '100000001', status: 'DeliveredToTerminal', delivered: true }
 */
export interface Report {
  messageId: string
  status: string
  delivered: boolean
}

type Answer = Record<string, unknown>

function codeOf(answer: Answer): number {
  // The live service has sent the code key misspelt; both spellings mean the same.
  return Number(answer['response-code'] ?? answer['respose-code'])
}

/**
 * An answer the API refused as a whole (a top-level code other than 200).
 * @example
 * new SmsRefused(1006, 'Invalid credentials')
 */
export class SmsRefused extends Error {
  override readonly name = 'SmsRefused'
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(`The SMS API refused the request: ${code} ${description}`)
  }
}

/**
 * The app's SMS client.
 * @example
 * const sms = createSmsApp({ baseUrl, apikey, partnerID, shortcode })
 * await sms.remind('0712345678', 'Your appointment is at 10:00')
 */
export function createSmsApp(settings: SmsSettings) {
  async function post(path: string, body: Answer): Promise<Answer> {
    const answer = await fetch(new URL(path, settings.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return (await answer.json()) as Answer
  }

  function refused(answer: Answer): never {
    throw new SmsRefused(codeOf(answer), String(answer['response-description']))
  }

  const credentials = { apikey: settings.apikey, partnerID: settings.partnerID }

  return {
    /** Sends `message` to one number; resolves with its row. */
    async remind(mobile: string, message: string): Promise<Sent> {
      const answer = await post('/api/services/sendsms', {
        ...credentials,
        shortcode: settings.shortcode,
        message,
        mobile,
      })
      const rows = answer.responses
      if (!Array.isArray(rows)) refused(answer)
      const [row] = rows as Answer[]
      if (!row) throw new Error('The SMS API answered no row')
      const code = codeOf(row)
      const sent: Sent = { ok: code === 200, code, mobile: String(row.mobile) }
      return row.messageid === undefined ? sent : { ...sent, messageId: String(row.messageid) }
    },

    /** The credit left, as a number. */
    async credit(): Promise<number> {
      const answer = await post('/api/services/getbalance', credentials)
      if (codeOf(answer) !== 200) refused(answer)
      return Number(answer.credit)
    },

    /** The delivery report of a message, by the id a send gave. */
    async report(messageId: string): Promise<Report> {
      const answer = await post('/api/services/getdlr', { ...credentials, messageID: messageId })
      if (codeOf(answer) !== 200) refused(answer)
      const status = String(answer['delivery-description'])
      return {
        messageId: String(answer['message-id']),
        status,
        delivered: status === 'DeliveredToTerminal',
      }
    },
  }
}
