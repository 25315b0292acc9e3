#!/usr/bin/env node
// Empties pacts/ before the consumer phase of `pnpm test`.
// Why: Pact merges new interactions into an existing file, so a stale file would keep
// interactions that the consumer tests no longer declare, and the provider would verify them.
import { mkdirSync, rmSync } from 'node:fs'

const pactDir = new URL('../pacts/', import.meta.url)
rmSync(pactDir, { recursive: true, force: true })
mkdirSync(pactDir, { recursive: true })
