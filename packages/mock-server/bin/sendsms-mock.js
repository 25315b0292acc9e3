#!/usr/bin/env node
/**
 * @module
 * The `sendsms-mock` command as package managers link it. It lives outside `dist/` so that
 * the link exists from the first install of a clone, before anything is built (pnpm and
 * npm skip a bin whose file is missing); it only loads the built entry point.
 */
import '../dist/bin.js'
