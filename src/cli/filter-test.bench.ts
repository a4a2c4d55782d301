import { bench, describe } from 'vitest';
import { CIS_ALARMS, filterPatternMatches, parseFilterPattern } from '../core/index.ts';
import { benchRecord } from './events-bench-records.ts';

// `npx vitest bench src/cli/filter-test.bench.ts --run`: the 15 CIS metric filters, parsed once,
// each tested on 1,000,000 generated CloudTrail records already parsed (events-bench-records.ts),
// printing records/s per filter and how many matched. Generating the records is not timed.
const EVENTS = 1_000_000;
const BATCH = 50_000;
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

function matchAll(): void {
  const patterns = CIS_ALARMS.map((alarm) => {
    const parsed = parseFilterPattern(alarm.filterPattern);
    if (!parsed.ok) throw new Error(`${alarm.name}: ${parsed.error.message}`);
    return parsed.pattern;
  });
  let ms = 0;
  let matched = 0;
  for (let first = 0; first < EVENTS; first += BATCH) {
    const records = Array.from({ length: BATCH }, (_, i) => benchRecord(first + i));
    const started = performance.now();
    for (const record of records)
      for (const pattern of patterns) if (filterPatternMatches(pattern, record)) matched += 1;
    ms += performance.now() - started;
  }
  const tests = EVENTS * patterns.length;
  console.log(
    `${patterns.length} CIS filters x ${EVENTS} records in ${(ms / 1000).toFixed(1)} s = ${Math.round(tests / (ms / 1000))} record tests/s, ${matched} matches`,
  );
}

describe('filter patterns on CloudTrail records', () => {
  bench('15 CIS filters x 1,000,000 records', matchAll, ONCE);
});
