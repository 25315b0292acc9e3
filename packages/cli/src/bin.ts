#!/usr/bin/env node
/**
 * The `sendsms` executable. The only place that touches process.exitCode: everything else
 * returns codes, so it can run in-process in tests.
 */
import { runCli } from './run-cli.js'

process.exitCode = await runCli(process.argv.slice(2))
