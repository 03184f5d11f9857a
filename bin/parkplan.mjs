#!/usr/bin/env node
// The `parkplan` command: runs the CLI compiled to JavaScript (out/cli, built by `npm install`, or here when
// missing or older than its sources), so a run costs Node's start-up and not a TypeScript compile.
import { ensureBundle } from '../scripts/batchBundle.mjs';

await import(await ensureBundle('cli'));
