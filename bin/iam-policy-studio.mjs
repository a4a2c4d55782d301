#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so no build step is needed after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = runCli(process.argv.slice(2));
