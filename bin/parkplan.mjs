#!/usr/bin/env node
// The `parkplan` command: runs the TypeScript CLI through tsx so the same source serves the app and the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/entry.ts');
