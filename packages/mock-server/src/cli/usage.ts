/**
 * @module
 * The help text of the mock's command line (`sendsms-mock` and `sendsms mock`).
 */

/**
 * Help for the mock command line.
 * @example
 * console.log(MOCK_CLI_USAGE)
 */
export const MOCK_CLI_USAGE = `Usage: sendsms-mock [options]

Runs an offline mock of the Advanta send-SMS API.

Options:
  --port N                 Port to listen on (0 = any free port). Default: $PORT, else 4010
  --host H                 Interface to bind. Default: 127.0.0.1
  --account P:KEY:SC[:CR]  Add an account: partnerID:apikey:shortcode[,shortcode2][:credit]
                           (repeatable; credit defaults to 10000000)
  --accounts FILE.json     Add the accounts in a JSON file ([{ partnerID, apikey, shortcodes, credit }])
  --journal-limit N        Messages kept for GET /__mock/messages. Default: 10000
  --quirks LIST            Emulate live drift: misspelled-code-key,string-ids
  --quiet                  Do not log requests
  --help                   Show this help

The sandbox account (partnerID 12345, apikey sandbox-api-key, shortcode SANDBOX) is always
present unless an account with the same partnerID replaces it.`
