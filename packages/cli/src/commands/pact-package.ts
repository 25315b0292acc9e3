/**
 * `sendsms pact` loads `@sendsms/pact` only when run, with a dynamic import: it is an
 * optional peer dependency, so `npm i -g @sendsms/cli` does not download Pact's native
 * core. When it is missing, the command says in one line what to install.
 */
import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../exit-codes.js'

/**
 * What `sendsms pact` uses of `@sendsms/pact`.
 *
 * @example
 * ```ts
 * const { verifyPacts } = await loadPactPackage()
 * ```
 */
export type PactPackage = Pick<
  typeof import('@sendsms/pact'),
  'verifyPacts' | 'checkPactsAgainstSpec'
>

/** The one line printed when `@sendsms/pact` is not installed. */
export const PACT_NOT_INSTALLED =
  'sendsms pact needs the @sendsms/pact package: npm install --save-dev @sendsms/pact'

/**
 * Imports `@sendsms/pact`, or throws a CliError (exit 9) when it is not installed. `load` is
 * the import itself (tests give one that fails).
 *
 * @example
 * ```ts
 * const pact = await loadPactPackage()
 * ```
 */
export async function loadPactPackage(
  load: () => Promise<PactPackage> = () => import('@sendsms/pact'),
  json = false,
): Promise<PactPackage> {
  try {
    return await load()
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown }
    // Only the package itself missing; a module missing inside it is a broken install, a bug.
    if (code === 'ERR_MODULE_NOT_FOUND' && String(message).includes("'@sendsms/pact'")) {
      throw new CliError(
        PACT_NOT_INSTALLED,
        EXIT_CODES.pactNotInstalled,
        { kind: 'NotInstalled' },
        { json },
      )
    }
    throw error
  }
}
