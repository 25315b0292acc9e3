/**
 * Reads standard input to the end, for `sendsms send --message -` (message piped in) and
 * `sendsms bulk -` (a bulk file piped in).
 */

/**
 * Reads all of process.stdin as UTF-8 text.
 *
 * @example
 * ```ts
 * const message = await readStdin() // echo "Hello" | sendsms send --message - ...
 * ```
 */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) {
    // A chunk is a Buffer, or a string once someone set an encoding: Buffer.from takes both.
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks).toString('utf8')
}
