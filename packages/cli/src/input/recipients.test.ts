/** --to values: comma lists, repeated flags, blanks dropped. */
import { describe, expect, it } from 'vitest'
import { collectRecipients } from './recipients.js'

describe('collectRecipients', () => {
  it.each([
    [['254712345678'], ['254712345678']],
    [['254712345678,254733123456'], ['254712345678', '254733123456']],
    [
      ['254712345678', '0712345678, 0733123456'],
      ['254712345678', '0712345678', '0733123456'],
    ],
    [['254712345678,', ' , '], ['254712345678']],
    [[], []],
  ])('reads %j as %j', (values, expected) => {
    expect(collectRecipients(values)).toEqual(expected)
  })
})
