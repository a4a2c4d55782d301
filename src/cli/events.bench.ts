import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import {
  CloudTrailImport,
  eventFacts,
  eventFromRecord,
  EventRequestMapper,
  newBundledCatalog,
} from '../core/index.ts';
import { CLI_BIN, writeBenchLogFiles } from './bench-support.ts';
import { benchRecord } from './events-bench-records.ts';

// `npx vitest bench src/cli/events.bench.ts --run`: 1,000,000 generated CloudTrail events
// (events-bench-records.ts) as the requests they needed, printing events/s: mapped from records
// already parsed (record -> event, facts, requests), read from log text by the importer and mapped,
// and through `iam-policy-studio events FOLDER` over 20 .json.gz log files with standard output to
// a file (the process's wall time: start-up, reading, inflating, mapping, writing). Generating and
// writing the logs is not timed.
const EVENTS = 1_000_000;
const BATCH = 50_000;
const FILES = 20;
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

const mapper = await EventRequestMapper.load(
  newBundledCatalog(),
  ['s3', 'lambda', 'dynamodb', 'sqs', 'sns', 'kms', 'iam', 'sts'].map((s) => `${s}.amazonaws.com`),
);

function report(label: string, ms: number, requests: number): void {
  console.log(
    `${label}: ${EVENTS} events in ${(ms / 1000).toFixed(1)} s = ${Math.round(EVENTS / (ms / 1000))} events/s, ${requests} requests`,
  );
}

function mapParsed(): void {
  let ms = 0;
  let requests = 0;
  for (let first = 0; first < EVENTS; first += BATCH) {
    const records = Array.from({ length: BATCH }, (_, i) => benchRecord(first + i));
    const started = performance.now();
    for (const record of records)
      requests += mapper.fromEvent(eventFromRecord(record), eventFacts(record)).requests.length;
    ms += performance.now() - started;
  }
  report('mapping parsed records', ms, requests);
}

function readAndMap(): void {
  let ms = 0;
  let requests = 0;
  const reading = new CloudTrailImport({
    onEvent: (event, record) => {
      requests += mapper.fromEvent(event, record && eventFacts(record)).requests.length;
    },
  });
  for (let first = 0; first < EVENTS; first += BATCH) {
    const records: string[] = [];
    for (let n = first; n < first + BATCH; n += 1) records.push(JSON.stringify(benchRecord(n)));
    const text = `{"Records":[${records.join(',')}]}`;
    const started = performance.now();
    const source = reading.open(`file-${first}.json`);
    source.push(text);
    source.close();
    ms += performance.now() - started;
  }
  report('reading log text and mapping', ms, requests);
}

function runEvents(): void {
  const folder = mkdtempSync(join(tmpdir(), 'iam-studio-events-bench-'));
  try {
    writeBenchLogFiles(folder, EVENTS, FILES);
    const out = join(tmpdir(), `iam-studio-events-bench-${process.pid}.json`);
    const fd = openSync(out, 'w');
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI_BIN, 'events', folder], {
      stdio: ['ignore', fd, 'pipe'],
    });
    const ms = performance.now() - started;
    closeSync(fd);
    const bytes = statSync(out).size;
    rmSync(out);
    if (result.status !== 0) throw new Error(`exit ${result.status}: ${String(result.stderr)}`);
    console.log(
      `events over ${EVENTS} events in ${FILES} .json.gz files: ${(ms / 1000).toFixed(1)} s = ${Math.round(EVENTS / (ms / 1000))} events/s, ${(bytes / 1024 / 1024).toFixed(0)} MB of JSON written`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('CloudTrail events to requests', () => {
  bench(`${EVENTS} parsed records mapped`, mapParsed, ONCE);
  bench(`${EVENTS} records read from log text and mapped`, readAndMap, ONCE);
  bench(`${EVENTS} events through the command line`, runEvents, ONCE);
});
