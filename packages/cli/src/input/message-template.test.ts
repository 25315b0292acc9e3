/**
 * Tests of filling a bulk row's message template from the row's own columns.
 */
import { describe, expect, it } from 'vitest'
import { fillTemplate } from './message-template.js'

describe('fillTemplate', () => {
  const row = { name: 'Ann', 'Order No': 'A-7', city: '' }

  it.each<[string, ReturnType<typeof fillTemplate>]>([
    ['Hello {name}', { text: 'Hello Ann' }],
    ['Hello {name}, {name}!', { text: 'Hello Ann, Ann!' }],
    ['Order {order_no} shipped', { text: 'Order A-7 shipped' }],
    ['Order {ORDER-NO}', { text: 'Order A-7' }],
    ['From {city}.', { text: 'From .' }],
    ['No placeholder', { text: 'No placeholder' }],
    ['Braces {} and {\n} stay', { text: 'Braces {} and {\n} stay' }],
    ['Hello {nmae}', { missing: 'nmae' }],
    ['{first} and {second}', { missing: 'first' }],
  ])('fills %j as %j', (template, expected) => {
    expect(fillTemplate(template, row)).toEqual(expected)
  })

  it('prefers the column named exactly over one that only matches loosely', () => {
    expect(fillTemplate('{Name}', { name: 'loose', Name: 'exact' })).toEqual({ text: 'exact' })
  })
})
