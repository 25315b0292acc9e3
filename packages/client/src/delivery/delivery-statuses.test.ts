/**
 * @module
 * Tests of looking up a delivery status of the spec by its description, as a callback spells
 * it or as a report may fold it, and by its number.
 */
import { DELIVERY_STATUSES } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'

// Imported inside each test rather than at the top: the lookup tables are built when the
// module loads, and a module that fails to load must fail a test, not leave a file with none.
const lookups = () => import('./delivery-statuses.js')

describe('the delivery status lookups', () => {
  it.each(DELIVERY_STATUSES)(
    'find $description by its description and its number',
    async (entry) => {
      const { statusNamed, statusNumbered, statusReadAs } = await lookups()
      expect(statusNamed(entry.description)).toBe(entry)
      expect(statusReadAs(` ${entry.description.toUpperCase()} `)).toBe(entry)
      expect(statusNumbered(entry.status)).toBe(entry)
    },
  )

  it('find nothing for a description or a number of no status', async () => {
    const { statusNamed, statusNumbered, statusReadAs } = await lookups()
    expect(statusNamed('deliveredtoterminal')).toBeUndefined()
    expect(statusReadAs('Delivered')).toBeUndefined()
    expect(statusNumbered(77)).toBeUndefined()
  })
})
