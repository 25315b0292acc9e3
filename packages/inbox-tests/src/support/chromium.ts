/**
 * @module
 * Debian's Chromium (`/usr/bin/chromium`), driven by playwright-core: no browser download.
 * Missing on a developer's machine, the browser tests are skipped, and say so; missing under
 * `CI=true` they fail, with the command that installs it: a skipped browser must never read
 * as a passing one in CI.
 */
import { accessSync, constants } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Where Debian installs Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

const INSTALL = 'apt-get install -y chromium (Debian; .ci/run does it)'

function installed(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Whether the browser tests run here: true when Chromium is installed; false (with a line
 * saying why) when it is not and this is not CI; under `CI=true` a missing Chromium throws.
 * @example
 * describe.runIf(chromiumAvailable())('the inbox', () => { … })
 */
export function chromiumAvailable(): boolean {
  if (installed()) return true
  if (process.env.CI === 'true') {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: ${INSTALL}`)
  }
  console.warn(`Skipping the inbox browser tests: no Chromium at ${CHROMIUM_PATH} (${INSTALL}).`)
  return false
}

/**
 * Starts headless Chromium.
 * @example
 * const browser = await launchChromium()
 * await browser.close()
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
}
