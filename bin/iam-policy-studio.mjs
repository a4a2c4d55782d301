#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so no build step is needed after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
// Standard output and error are blocking (src/cli/blocking-writer.ts), so every byte is written
// by now: exit at once instead of waiting for V8's background work, such as a garbage collection
// a large scenario began, that a finished command has no use for.
process.exit(runCli(process.argv.slice(2)));
