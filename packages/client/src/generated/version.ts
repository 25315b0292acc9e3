/**
 * @module
 * The name and version of @sendsms/client, written from package.json by scripts/write-version.mjs
 * at the repository's root. Do not edit: the package's `build` rewrites it.
 */

/** The name of this package. */
export const PACKAGE_NAME = "@sendsms/client"

/** The version of this package, as in its package.json. */
export const PACKAGE_VERSION = "0.1.0"
