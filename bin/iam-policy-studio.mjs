#!/usr/bin/env node
// Runs the command line from its cached bundle (bin/cli-bundle.mjs), built from the TypeScript
// sources on first use and whenever they change, so no build step is needed after `npm ci`, and
// compiled from V8's code cache of the command (bin/load-cli.mjs).
import { setFlagsFromString } from 'node:v8';
import { loadCli } from './load-cli.mjs';

const args = process.argv.slice(2);
/*
 * V8 flags for the commands that run long enough to care, set before the bundle is compiled so that
 * its code cache is made and read with them.
 * - Both: V8's optimizing compiler works on the same two processors as the command itself, and a
 *   command runs once over its input, much of it before its functions are optimized. Optimized
 *   without inlining, the functions of a 10,000-statement lint took 0.75 s of compile time instead
 *   of 2.2 s, and the lint 10-15% less time from start to exit (npm run bench, line (e)); simulate
 *   over 20,000 requests, 17-19% less per request (line (cli)), in interleaved runs.
 * - simulate makes many short-lived objects a slice of requests at a time. V8 would double its young
 *   generation again and again as they come, and each new page costs a page fault (about 11 µs each
 *   on a 2-processor VM, measured): kept at its first size, a run of 20,000 requests touches ~1,200
 *   fewer pages.
 */
const V8_FLAGS = {
  simulate: '--no-turbo-inlining --semi-space-growth-factor=1',
  lint: '--no-turbo-inlining',
};
if (Object.hasOwn(V8_FLAGS, args[0])) setFlagsFromString(V8_FLAGS[args[0]]);
const cli = await loadCli(args[0]);
const status = cli.runCli(args);
cli.keepCompiledCode();
// Standard output and error are blocking (src/cli/blocking-writer.ts), so every byte is written
// by now: exit at once instead of waiting for V8's background work, such as a garbage collection
// a large scenario began, that a finished command has no use for.
process.exit(status);
