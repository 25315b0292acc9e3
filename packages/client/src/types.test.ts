/**
 * @module
 * Type-level tests of the public API: `pnpm typecheck` fails if a deliberately wrong
 * call (marked `@ts-expect-error`) starts to compile, or a right one stops compiling.
 */
import { assertType, describe, expectTypeOf, it } from 'vitest'
import {
  type AccountedRow,
  type AccountedSendResult,
  type ApiError,
  type Balance,
  type BulkItem,
  type BulkRecipientResult,
  type CallbackField,
  type ClientOptions,
  createClient,
  type DeliveryCallbackReport,
  type DeliveryReport,
  type DeliveryStatus,
  errorFromCode,
  hashMsisdn,
  type InvalidCallbackError,
  InvalidRequestError,
  parseDeliveryCallback,
  RESPONSE_CODES,
  type RecipientResult,
  type RecipientStatus,
  type ResolvedSettings,
  type ResponseCode,
  resolveSettings,
  type SendBulkResult,
  type SendSmsRequest,
  type SendSmsResult,
  type SmsClient,
} from './index.js'

// Never called: the bodies only need to compile (or fail to, where marked).
function calls(client: SmsClient): void {
  void client.sendSms({ to: '254712345678', message: 'Hi' })
  void client.sendSms({ to: ['254712345678', '0733123456'], message: 'Hi', method: 'GET' })
  void client.sendSms({ to: '0712345678', message: 'Hi', sendAt: new Date() })
  void client.sendSms({ to: '0712345678', message: 'Hi', sendAt: 1914505200 })
  void client.sendSms({ to: '0712345678', message: 'Hi', sendAt: '2030-09-01 18:00' })
  void client.sendSms({ to: '0712345678', message: 'Hi', signal: AbortSignal.timeout(1000) })
  // @ts-expect-error numbers must be strings (a leading 0 would be lost)
  void client.sendSms({ to: 254712345678, message: 'Hi' })
  // @ts-expect-error only GET and POST are sent
  void client.sendSms({ to: '0712345678', message: 'Hi', method: 'PUT' })
  // @ts-expect-error message is required
  void client.sendSms({ to: '0712345678' })
  // @ts-expect-error sendAt takes no booleans
  void client.sendSms({ to: '0712345678', message: 'Hi', sendAt: true })
  // @ts-expect-error an explicit undefined is refused (exactOptionalPropertyTypes)
  void client.sendSms({ to: '0712345678', message: 'Hi', method: undefined })
  void client.sendBulk([{ to: '254712345678', message: 'Hi' }])
  void client.sendBulk([{ to: '254712345678', message: 'Hi', clientSmsId: 1001 }], {
    signal: AbortSignal.timeout(1000),
  })
  void client.sendBulk([{ to: '254712345678', message: 'Hi', clientSmsId: 'order-7' }])
  // @ts-expect-error a bulk item has one number, as a string
  void client.sendBulk([{ to: ['254712345678'], message: 'Hi' }])
  // @ts-expect-error the item's id is clientSmsId, not clientsmsid
  void client.sendBulk([{ to: '254712345678', message: 'Hi', clientsmsid: 1 }])
  // @ts-expect-error a bulk send is POST only
  void client.sendBulk([{ to: '254712345678', message: 'Hi' }], { method: 'GET' })
  void client.sendOtp({ to: '254712345678', message: 'Code 1', method: 'GET' })
  // @ts-expect-error an OTP is sent now: no sendAt
  void client.sendOtp({ to: '254712345678', message: 'Code 1', sendAt: new Date() })
  void client.sendHashed({ to: ['0712345678', 'ab'.repeat(32)], message: 'Hi' })
  // @ts-expect-error a hashed send is POST only
  void client.sendHashed({ to: '0712345678', message: 'Hi', method: 'GET' })
  void client.getBalance()
  void client.getBalance({ method: 'GET', signal: AbortSignal.timeout(1000) })
  void client.getDeliveryReport('100000001')
  void client.getDeliveryReport(100000001, { method: 'GET' })
  // @ts-expect-error the message id is a string or a number
  void client.getDeliveryReport({ messageId: '1' })
  // @ts-expect-error the option is apiKey, not apikey
  createClient({ apikey: 'k' })
  // @ts-expect-error timeoutMs is a number of milliseconds
  createClient({ timeoutMs: '30s' })
}

describe('public types', () => {
  it('types createClient and sendSms', () => {
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<ClientOptions | undefined>()
    expectTypeOf(createClient).returns.toEqualTypeOf<SmsClient>()
    expectTypeOf<SmsClient['sendSms']>().parameter(0).toEqualTypeOf<SendSmsRequest>()
    expectTypeOf<SmsClient['sendSms']>().returns.resolves.toEqualTypeOf<AccountedSendResult>()
    // Every accounting field is there, and code written for SendSmsResult reads it too.
    expectTypeOf<AccountedSendResult>().toExtend<SendSmsResult>()
    expectTypeOf<AccountedSendResult['notAttempted']>().toEqualTypeOf<AccountedRow[]>()
    expectTypeOf<AccountedSendResult['parts']>().toEqualTypeOf<number>()
    expectTypeOf<AccountedRow['status']>().toEqualTypeOf<RecipientStatus>()
    assertType<ClientOptions>({ partnerId: 12345 })
    assertType<ClientOptions>({ partnerId: '12345', fetch: globalThis.fetch })
    // An in-process app answers synchronously or not; both fit.
    const app = {
      fetch: (request: Request): Response | Promise<Response> => new Response(request.url),
    }
    assertType<ClientOptions>({ fetch: (input, init) => app.fetch(new Request(input, init)) })
    // @ts-expect-error the client passes a Request, not a string
    assertType<ClientOptions>({ fetch: (url: number) => fetch(String(url)) })
    assertType<ClientOptions>({ env: process.env })
    assertType<ClientOptions>({ env: false })
    // A variable that may be unset fits an option as it is.
    assertType<ClientOptions>({ apiKey: process.env.ADVANTA_API_KEY })
    // @ts-expect-error env is an object of strings or false, never true
    assertType<ClientOptions>({ env: true })
    // @ts-expect-error the environment holds strings
    assertType<ClientOptions>({ env: { ADVANTA_PARTNER_ID: 12345 } })
    expectTypeOf(calls).toBeFunction()
  })

  it('types resolveSettings, whose env must be chosen', () => {
    expectTypeOf(resolveSettings).returns.toEqualTypeOf<ResolvedSettings>()
    expectTypeOf<ResolvedSettings['partnerId']>().toEqualTypeOf<string | undefined>()
    const wrong = () => {
      // @ts-expect-error the environment is never implied: pass one, or false
      resolveSettings({})
    }
    expectTypeOf(wrong).toBeFunction()
  })

  it('types result rows with string ids that may be missing', () => {
    expectTypeOf<RecipientResult['mobile']>().toEqualTypeOf<string>()
    expectTypeOf<RecipientResult['messageId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<RecipientResult['networkId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SendSmsResult['rejected']>().toEqualTypeOf<RecipientResult[]>()
  })

  it('types every endpoint method', () => {
    expectTypeOf<SmsClient['sendBulk']>().parameter(0).toEqualTypeOf<readonly BulkItem[]>()
    expectTypeOf<SmsClient['sendBulk']>().returns.resolves.toEqualTypeOf<SendBulkResult>()
    expectTypeOf<SmsClient['sendOtp']>().returns.resolves.toEqualTypeOf<SendSmsResult>()
    expectTypeOf<SmsClient['sendHashed']>().returns.resolves.toEqualTypeOf<SendSmsResult>()
    expectTypeOf<SmsClient['getBalance']>().returns.resolves.toEqualTypeOf<Balance>()
    expectTypeOf<SmsClient['getDeliveryReport']>().parameter(0).toEqualTypeOf<string | number>()
    expectTypeOf<SmsClient['getDeliveryReport']>().returns.resolves.toEqualTypeOf<DeliveryReport>()
    expectTypeOf(hashMsisdn).returns.toEqualTypeOf<Promise<string>>()
    expectTypeOf(parseDeliveryCallback).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseDeliveryCallback).returns.toEqualTypeOf<DeliveryCallbackReport>()
  })

  it('types balances, reports and bulk rows with normalised fields', () => {
    expectTypeOf<Balance>().toEqualTypeOf<{
      credit: number
      creditText: string
      partnerId: string
    }>()
    expectTypeOf<DeliveryReport['status']>().toEqualTypeOf<DeliveryStatus>()
    expectTypeOf<DeliveryReport['statusCode']>().toEqualTypeOf<number>()
    expectTypeOf<DeliveryReport['final']>().toEqualTypeOf<boolean>()
    expectTypeOf<DeliveryReport['deliveredAt']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<DeliveryReport['networkId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<DeliveryCallbackReport['timeTaken']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<DeliveryCallbackReport['timestamp']>().toEqualTypeOf<Date>()
    assertType<DeliveryStatus>('SenderName Blacklisted')
    // @ts-expect-error only the spec's statuses are statuses
    assertType<DeliveryStatus>('Delivered')
    expectTypeOf<BulkRecipientResult>().toExtend<RecipientResult>()
    expectTypeOf<BulkRecipientResult['clientSmsId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<BulkRecipientResult['index']>().toEqualTypeOf<number | undefined>()
    // A bulk result is a send result, so assertAllAccepted takes it.
    expectTypeOf<SendBulkResult>().toExtend<SendSmsResult>()
    expectTypeOf<InvalidCallbackError['field']>().toEqualTypeOf<CallbackField>()
    assertType<CallbackField>('timeTaken')
    // @ts-expect-error fields are named as on the wire
    assertType<CallbackField>('messageId')
  })

  it('types errors and the code table', () => {
    expectTypeOf(errorFromCode).returns.toEqualTypeOf<ApiError>()
    expectTypeOf<InvalidRequestError['field']>().toEqualTypeOf<
      | 'to'
      | 'message'
      | 'sendAt'
      | 'method'
      | 'items'
      | 'clientSmsId'
      | 'messageId'
      | 'baseUrl'
      | 'timeoutMs'
      | 'options'
      | 'request'
      | 'apiKey'
      | 'partnerId'
      | 'shortcode'
    >()
    // The table is generated from the spec, so each description is its literal type.
    expectTypeOf(RESPONSE_CODES[1006]).toEqualTypeOf<'Invalid credentials'>()
    expectTypeOf<ResponseCode>().toExtend<number>()
    assertType<ResponseCode>(4093)
    // @ts-expect-error 4094 is not a documented code
    assertType<ResponseCode>(4094)
    // @ts-expect-error 1234 is not a documented code
    void RESPONSE_CODES[1234]
    assertType<InvalidRequestError>(new InvalidRequestError('to', 'x'))
  })
})
