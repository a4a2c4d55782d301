#!/usr/bin/env node
// Runs the command line from its cached bundle (bin/cli-bundle.mjs), built from the TypeScript
// sources on first use and whenever they change, so no build step is needed after `npm ci`, and
// compiled from V8's code cache of the command (bin/load-cli.mjs).
import { loadCli } from './load-cli.mjs';

const args = process.argv.slice(2);
const cli = await loadCli(args[0]);
const status = cli.runCli(args);
cli.keepCompiledCode();
// Standard output and error are blocking (src/cli/blocking-writer.ts), so every byte is written
// by now: exit at once instead of waiting for V8's background work, such as a garbage collection
// a large scenario began, that a finished command has no use for.
process.exit(status);
