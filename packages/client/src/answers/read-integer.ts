/**
 * @module
 * Reads a number field documented as an integer that has also arrived as a string of
 * digits (`delivery-status: "32"`), the way `readCode` reads a code.
 */

/**
 * An integer, or a string of digits as its number; anything else `undefined`.
 * @example
 * readInteger(32) // 32
 * readInteger(' 32 ') // 32
 * readInteger('32a') // undefined
 */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined
}
