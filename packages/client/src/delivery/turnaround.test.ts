/**
 * @module
 * Tests of reading a turnaround in each form the provider writes it.
 */
import { describe, expect, it } from 'vitest'
import { turnaroundSeconds } from './turnaround.js'

describe('turnaroundSeconds', () => {
  it.each([
    ['00:02:30', 150],
    ['01:00:00', 3600],
    ['26:00:00', 93600],
    ['02:30', 150],
    ['2:30', 150],
    ['1:02:30', 3750],
    ['22s', 22],
    ['72000s', 72000],
    [' 6 s ', 6],
    ['6S', 6],
    ['45', 45],
    ['0s', 0],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(turnaroundSeconds(text)).toBe(seconds)
  })

  it.each(['', 'soon', '-5s', '1.5s', '00:60:00', '00:00:60', '1:2:3:4', '22ms'])(
    'reads %j as no turnaround',
    (text) => {
      expect(turnaroundSeconds(text)).toBeUndefined()
    },
  )
})
