import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../scenario/read.ts';
import { decideRequest, evaluateRequest, prepareScenario } from './evaluate.ts';

// decideRequest traces only the statements whose Action and Resource match; every fixture request
// (written from AWS's documentation, see fixtures.test.ts) must get the same answer as from the
// fully traced evaluation.
const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const NOW = new Date('2026-06-01T00:00:00Z');

const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

describe('decideRequest gives the same result as evaluateRequest without the layers', () => {
  it('has fixtures to compare', () => expect(files.length).toBeGreaterThan(10));

  for (const file of files) {
    it(file, () => {
      const read = readScenario(readFileSync(new URL(file, FIXTURES), 'utf8'));
      if (!read.ok) throw new Error(`${file} is not a valid scenario`);
      const prepared = prepareScenario(read.scenario);
      for (const [index, request] of read.scenario.requests.entries()) {
        const { layers, ...traced } = evaluateRequest(prepared, request, index, { now: NOW });
        expect(layers.length).toBeGreaterThan(0);
        expect(decideRequest(prepared, request, index, { now: NOW })).toEqual(traced);
      }
    });
  }
});
