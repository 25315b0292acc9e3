/**
 * @module
 * The types of the admin client, named from the control document's generated schema
 * (`spec/mock-control.yaml` → `generated/control-schema.ts`), so they change with it and
 * are never written twice.
 */
import type { components, operations } from './generated/control-schema.js'

type Schemas = components['schemas']
type Query<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>

/**
 * One accepted recipient in the message journal, with its delivery status now.
 * @example
 * const entry: AdminJournalEntry = (await admin.messages.list()).messages[0]
 */
export type AdminJournalEntry = Schemas['JournalEntry']
/**
 * A page of the message journal.
 * @example
 * const page: AdminMessagesPage = await admin.messages.list({ limit: 10 })
 */
export type AdminMessagesPage = Schemas['MessagesPage']
/**
 * Which messages to list: `mobile` (any Kenyan form), `partnerID`, and paging.
 * @example
 * const filter: AdminMessageFilter = { mobile: '0712345678', limit: 100 }
 */
export type AdminMessageFilter = Query<'listMessages'>
/**
 * One provider request in the request journal.
 * @example
 * const [entry]: AdminRequestEntry[] = await admin.requests.waitFor({ endpoint: 'sendsms' })
 */
export type AdminRequestEntry = Schemas['RequestEntry']
/**
 * A page of the request journal.
 * @example
 * const page: AdminRequestsPage = await admin.requests.list({ endpoint: 'getbalance' })
 */
export type AdminRequestsPage = Schemas['RequestsPage']
/**
 * Which requests to list, count or wait for.
 * @example
 * const filter: AdminRequestFilter = { endpoint: 'sendsms', code: 1003 }
 */
export type AdminRequestFilter = Omit<Query<'listRequests'>, 'limit'>
/**
 * A fault to inject (a code or a transport fault).
 * @example
 * const fault: AdminFaultInput = { kind: 'http', status: 503 }
 */
export type AdminFaultInput = Schemas['FaultInput']
/**
 * A pending fault as the mock lists it.
 * @example
 * const [next]: AdminPendingFault[] = await admin.faults.list()
 */
export type AdminPendingFault = Schemas['PendingFault']
/**
 * An account as the mock shows it (never its apikey).
 * @example
 * const [sandbox]: AdminAccount[] = await admin.accounts.list()
 */
export type AdminAccount = Schemas['PublicAccount']
/**
 * An account to add, or the fields of one to change.
 * @example
 * const input: AdminAccountInput = { partnerID: '12345', credit: 0 }
 */
export type AdminAccountInput = Schemas['AccountInput']
/**
 * The clock: its time (ISO 8601) and whether it is virtual.
 * @example
 * const clock: AdminClock = await admin.clock.get() // { now: '2030-01-01T06:00:00.000Z', virtual: true }
 */
export type AdminClock = Schemas['ClockView']
/**
 * The answer profile in force.
 * @example
 * const profile: AdminProfile = await admin.profile.get()
 */
export type AdminProfile = Schemas['ProfileView']
/**
 * A profile to set: a base and some settings.
 * @example
 * const input: AdminProfileInput = { base: 'strict-go', lowCredit: 'top-level' }
 */
export type AdminProfileInput = Schemas['ProfileInput']
/**
 * The callback attempts, pending reports and drops.
 * @example
 * const { attempts }: AdminCallbacks = await admin.callbacks.list()
 */
export type AdminCallbacks = Schemas['CallbacksRecord']
/**
 * The namespaces of a server and its bounds.
 * @example
 * const { namespaces }: AdminNamespaces = await admin.namespaces.list()
 */
export type AdminNamespaces = Schemas['NamespacesListing']
/**
 * A provider state the mock knows.
 * @example
 * const [state]: AdminProviderState[] = await admin.providerStates.list()
 */
export type AdminProviderState = Schemas['ProviderStateInfo']
/**
 * What setting up or tearing down a provider state answered.
 * @example
 * const done: AdminProviderStateResult = await admin.providerStates.apply('the sandbox account exists')
 */
export type AdminProviderStateResult = Schemas['ProviderStateResult']
/**
 * The mock's health: counts of what it holds.
 * @example
 * const { messages }: AdminHealth = await admin.health()
 */
export type AdminHealth = Schemas['Health']
