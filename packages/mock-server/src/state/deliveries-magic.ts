/**
 * @module
 * Magic numbers: valid Kenyan numbers whose messages end the way the provider's
 * delivery-status page describes a failure, with no configuration, in the style of
 * Twilio's test numbers. Every other number is delivered. A hashed recipient (sendotp with
 * `hashed`) is matched by the SHA-256 of the number in 254 form, as the docs ask senders
 * to hash it, so the hash of a magic number ends the same way.
 */
import type { DeliveryStatus } from '@sendsms/wire'

/**
 * One magic number and how its messages end.
 * @example
 * const absent: MagicNumber = MAGIC_NUMBERS[0]
 * absent.outcome // 'AbsentSubscriber'
 */
export interface MagicNumber {
  /** The number in 254 form; any form the send endpoints accept matches it. */
  msisdn: string
  /** The network it belongs to, by its prefix. */
  network: 'Safaricom' | 'Airtel' | 'Telkom'
  /** The status its messages end in; `SentToNetwork` means no report ever comes. */
  outcome: DeliveryStatus
  /**
   * When the report comes, in seconds after the message went to the network: the first
   * and last second of the range (the second within it follows from the message id).
   * Absent when no report comes.
   */
  after?: readonly [number, number]
  /** SHA-256 of `msisdn` (lower-case hex): what a hashed send carries for this number. */
  sha256: string
}

const HOUR = 3600

/**
 * When a message to any number that is not magic is delivered: 2 to 20 seconds after it
 * went to the network ("immediately after the message is delivered").
 * @example
 * DELIVERED_AFTER // [2, 20]
 */
export const DELIVERED_AFTER: readonly [number, number] = Object.freeze([2, 20] as const)

/**
 * The magic numbers. The last two digits say the outcome on every network where it
 * applies: 02 AbsentSubscriber, 03 DeliveryImpossible, 04 SenderName Blacklisted (those
 * three are Safaricom's, as the page says), 05 Unknown (Airtel's and Telkom's blanket
 * answer for a failure), 09 stays SentToNetwork for good (no report comes back).
 * @example
 * MAGIC_NUMBERS.find((m) => m.outcome === 'Unknown' && m.network === 'Airtel')?.msisdn // '254730000005'
 */
export const MAGIC_NUMBERS: readonly MagicNumber[] = Object.freeze([
  {
    msisdn: '254700000002',
    network: 'Safaricom',
    outcome: 'AbsentSubscriber',
    // "sent back from the MNO 18 to 24 hours after a message has been sent"
    after: [18 * HOUR, 24 * HOUR],
    sha256: '339aae32bde3244b98ec81d44f6991c200fd3cfbc3e5bc7f453b862b59e397ac',
  },
  {
    msisdn: '254700000003',
    network: 'Safaricom',
    outcome: 'DeliveryImpossible',
    // "sent back from the MNO in seconds or minutes"
    after: [5, 600],
    sha256: 'fae96f0cc399f747b153ea98c8804ce8fe85cc4deb2f75a8aafb9020c2213c18',
  },
  {
    msisdn: '254700000004',
    network: 'Safaricom',
    outcome: 'SenderName Blacklisted',
    after: [2, 20],
    sha256: '3b84657113b5e70829c0b32a6e07df1fca5679608e00fbc2082bc82a278c77cf',
  },
  {
    msisdn: '254700000009',
    network: 'Safaricom',
    outcome: 'SentToNetwork',
    sha256: '2b0469ad2b2758203efb5af2d9a7552261c561595243683438ae5e904c272779',
  },
  {
    msisdn: '254730000005',
    network: 'Airtel',
    outcome: 'Unknown',
    after: [5, 600],
    sha256: 'bd552549a3a807de93fc4b0d0886952f9d043a5661df387aaeb3072edfa0ca65',
  },
  {
    msisdn: '254730000009',
    network: 'Airtel',
    outcome: 'SentToNetwork',
    sha256: '2c41d3186ad02287dfacfb2e072d86eb58d19a5433b65ddc55169a9e03f1b9c4',
  },
  {
    msisdn: '254770000005',
    network: 'Telkom',
    outcome: 'Unknown',
    after: [5, 600],
    sha256: '9b2f4adfb0213898955dc8c50c3740b1478f93686b22c09f24bb3ee4335ec169',
  },
  {
    msisdn: '254770000009',
    network: 'Telkom',
    outcome: 'SentToNetwork',
    sha256: 'dac2d81ea7acc06b7b714fc01a562ea34084edac7fb967edf8936ec6e75ed7b1',
  },
] as const satisfies readonly MagicNumber[])

const BY_RECIPIENT: ReadonlyMap<string, MagicNumber> = new Map(
  MAGIC_NUMBERS.flatMap((magic) => [
    [magic.msisdn, magic],
    [magic.sha256, magic],
  ]),
)

/**
 * The magic number a recipient is, by its number in 254 form or its SHA-256 (either
 * case), or undefined for an ordinary number.
 * @example
 * magicNumberOf('254700000002')?.outcome // 'AbsentSubscriber'
 * magicNumberOf('254712345678') // undefined
 */
export function magicNumberOf(recipient: string): MagicNumber | undefined {
  return BY_RECIPIENT.get(recipient) ?? BY_RECIPIENT.get(recipient.toLowerCase())
}
