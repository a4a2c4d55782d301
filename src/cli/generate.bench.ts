import { bench, describe } from 'vitest';
import {
  eventFacts,
  eventFromRecord,
  EventRequestMapper,
  generatePolicy,
  MappedCallAggregate,
  newBundledCatalog,
  proveGeneratedPolicy,
  type MappedCall,
} from '../core/index.ts';
import { benchRecord } from './events-bench-records.ts';
import { fileLintCatalog } from './lint-catalog.ts';

// `npx vitest bench src/cli/generate.bench.ts --run`: 1,000,000 generated CloudTrail events
// (events-bench-records.ts: 40 users and 12 roles over 8 services) mapped and aggregated into
// distinct calls (not timed), then for the busiest role, in each resource scope, the time to
// generate its policy and to prove it (every successful call replayed against it, and lint), with
// the numbers of distinct calls, statements and characters of the policy.
const EVENTS = 1_000_000;
const ROLE = 'arn:aws:iam::111122223333:role/role-1';
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

const catalog = newBundledCatalog();
const mapper = await EventRequestMapper.load(
  catalog,
  ['s3', 'lambda', 'dynamodb', 'sqs', 'sns', 'kms', 'iam', 'sts'].map((s) => `${s}.amazonaws.com`),
);
const lintCatalog = fileLintCatalog();

function aggregated(): MappedCall[] {
  const aggregate = new MappedCallAggregate();
  for (let n = 0; n < EVENTS; n += 1) {
    const record = benchRecord(n);
    const event = eventFromRecord(record);
    aggregate.add(mapper.fromEvent(event, eventFacts(record)), event);
  }
  return aggregate.list();
}

const calls = aggregated();

describe(`generate for ${ROLE} from ${EVENTS} events`, () => {
  for (const resources of ['exact', 'type', 'account'] as const)
    bench(
      `--resources ${resources}`,
      () => {
        let started = performance.now();
        const generated = generatePolicy(calls, ROLE, catalog, { resources });
        const generating = performance.now() - started;
        started = performance.now();
        const proof = proveGeneratedPolicy(generated, calls, lintCatalog);
        const proving = performance.now() - started;
        const own = calls.filter((call) => call.caller === ROLE).length;
        console.log(
          `${resources}: ${own} distinct calls of ${calls.length}, ${generated.events} events -> ` +
            `${generated.statements.length} statements, ${generated.document.length} characters: ` +
            `generated in ${Math.round(generating)} ms, proof in ${Math.round(proving)} ms ` +
            `(${proof.proven ? 'proven' : `not proven: ${proof.findings.map((f) => f.code).join(', ')}${proof.notReplayed ? `; ${proof.notReplayed}` : ''}`})`,
        );
      },
      ONCE,
    );
});
