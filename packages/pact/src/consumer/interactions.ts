/**
 * @module
 * `interactions`: every ready interaction, by endpoint, for
 * `import { interactions } from '@sendsms/pact'`.
 */
import { getBalance, getDlr } from './report-interactions.js'
import { sendBulk, sendOtp, sendSms } from './send-interactions.js'

/**
 * The ready interactions of each endpoint.
 * @example
 * addInteraction(pact, interactions.sendSms.accepted({ mobile: '0712345678' }))
 * addInteraction(pact, interactions.getDlr.failed())
 */
export const interactions = Object.freeze({ sendSms, sendOtp, sendBulk, getBalance, getDlr })
