import { describe, expect, it } from 'vitest';
import type { ScenarioRequest } from './model.ts';
import { readScenario } from './read.ts';
import { requestSlices, type RequestSlices, type TextChunks } from './request-slices.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const POLICY = '{"Version":"2012-10-17","Statement":[]}';

function request(index: number): Record<string, unknown> {
  return {
    id: `r${index}`,
    principal: ALICE,
    action: ['s3:GetObject', 's3:PutObject'][index % 2],
    resource: `arn:aws:s3:::reports/${index}.csv`,
    ...(index % 3 === 0 && { context: { 'aws:SourceIp': '203.0.113.7', constructor: ['a', 'b'] } }),
    ...(index % 4 === 0 && { expect: 'allowed' }),
  };
}

function scenario(requests: unknown[], fields: Record<string, unknown> = {}): string {
  const policies = [{ id: 'app', type: 'identity', document: POLICY }];
  return JSON.stringify(
    { format: 'iam-policy-studio/scenario@1', policies, requests, ...fields },
    null,
    2,
  );
}

/** Every slice's requests, in order; or the first answer that is not a slice. */
function readAll(slices: RequestSlices): ScenarioRequest[] | 'unreadable' {
  const requests: ScenarioRequest[] = [];
  for (let slice = slices.next(); slice !== 'end'; slice = slices.next()) {
    if (slice === 'unreadable') return slice;
    requests.push(...slice);
  }
  return requests;
}

/** `text` in chunks of `size` characters, counting how many have been asked for. */
function chunksOf(text: string, size: number): TextChunks & { given: number } {
  const chunks = Object.assign(
    () => {
      if (chunks.given * size >= text.length) return undefined;
      chunks.given += 1;
      return text.slice((chunks.given - 1) * size, chunks.given * size);
    },
    { given: 0 },
  );
  return chunks;
}

function wholeRequests(text: string): ScenarioRequest[] {
  const read = readScenario(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.scenario.requests;
}

describe('requestSlices', () => {
  const text = scenario(Array.from({ length: 50 }, (_, index) => request(index)));

  for (const sliceLength of [1, 300, 2_000, 1_000_000]) {
    it(`reads the requests readScenario reads, in slices of about ${sliceLength} characters`, () => {
      const slices = requestSlices(text, sliceLength)!;
      expect(readAll(slices)).toEqual(wholeRequests(text));
      expect(readScenario(slices.rest)).toMatchObject({ ok: true, scenario: { requests: [] } });
    });
  }

  it('cuts a slice only between two requests, and more than one slice for a long array', () => {
    const slices = requestSlices(text, 300)!;
    const sizes: number[] = [];
    for (let slice = slices.next(); Array.isArray(slice); slice = slices.next())
      sizes.push(slice.length);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.reduce((a, b) => a + b)).toBe(50);
  });

  it('reads an empty requests array as no slice of requests', () => {
    const slices = requestSlices(scenario([]))!;
    expect(readAll(slices)).toEqual([]);
  });

  it('gives a context the keys of Object.prototype as keys like any other', () => {
    const [read] = readAll(requestSlices(scenario([request(0)]))!) as ScenarioRequest[];
    expect(Object.getPrototypeOf(read!.context)).toBeNull();
    expect(read!.context!.constructor).toEqual(['a', 'b']);
  });

  it('leaves to the whole reading a scenario whose requests are not its last field', () => {
    const account = { users: [{ name: 'a' }, { name: 'b' }] };
    expect(requestSlices(scenario([request(1)], { account }))).toBeUndefined();
    expect(requestSlices(scenario([request(1)], { organization: {} }))).toBeUndefined();
    expect(requestSlices('[1, 2]')).toBeUndefined();
    expect(requestSlices('{"format": "unterminated, "requests": []}')).toBeUndefined();
    expect(requestSlices('{"policies": [{"id": "a}]')).toBeUndefined();
    expect(requestSlices('{"requests": {}}')).toBeUndefined();
  });

  it('finds the requests after fields holding strings with escapes and nested values', () => {
    const text = JSON.stringify({
      format: 'iam-policy-studio/scenario@1',
      policies: [
        { id: 'app', type: 'identity', document: { Version: '2012-10-17', Statement: [] } },
      ],
      note: 'a "quoted" \\ text with "requests": [ inside',
      requests: [request(1), request(2)],
    });
    expect(readAll(requestSlices(text, 1)!)).toEqual(wholeRequests(text));
  });

  describe('read in chunks', () => {
    for (const [chunkSize, sliceLength] of [
      [1, 1],
      [7, 300],
      [100, 2_000],
      [4_096, 300],
      [1_000_000, 1_000_000],
    ] as const) {
      it(`reads what the whole text gives, in chunks of ${chunkSize} characters, slices of ${sliceLength}`, () => {
        const slices = requestSlices(chunksOf(text, chunkSize), sliceLength)!;
        expect(readAll(slices)).toEqual(wholeRequests(text));
        expect(readScenario(slices.rest)).toMatchObject({ ok: true, scenario: { requests: [] } });
      });
    }

    it('reads ahead only what a slice needs: a slice ends at the last boundary in a chunk', () => {
      const many = scenario(Array.from({ length: 2_000 }, (_, index) => request(index)));
      const chunks = chunksOf(many, 4_096);
      const slices = requestSlices(chunks)!;
      expect(chunks.given).toBe(1);
      const first = slices.next() as ScenarioRequest[];
      expect(chunks.given).toBe(1);
      expect(first.length).toBeGreaterThan(10);
      expect(first).toEqual(wholeRequests(many).slice(0, first.length));
      expect(slices.next()).not.toBe('end');
      expect(chunks.given).toBe(2);
    });

    it('finds the requests after fields longer than many chunks, without reading much further', () => {
      const policies = Array.from({ length: 200 }, (_, index) => ({
        id: `p${index}`,
        type: 'identity',
        document: POLICY,
      }));
      const long = JSON.stringify({
        format: 'iam-policy-studio/scenario@1',
        policies,
        requests: Array.from({ length: 2_000 }, (_, index) => request(index)),
      });
      const chunks = chunksOf(long, 100);
      const slices = requestSlices(chunks, 300)!;
      expect(readScenario(slices.rest)).toMatchObject({ ok: true, scenario: { policies } });
      expect(chunks.given * 100).toBeLessThan(2 * (long.indexOf('"requests"') + 100));
      expect(readAll(slices)).toEqual(wholeRequests(long));
    });

    it('a request longer than many chunks', () => {
      const long = scenario([
        request(1),
        { ...request(2), resource: 'x'.repeat(5_000) },
        request(3),
      ]);
      expect(readAll(requestSlices(chunksOf(long, 64), 1)!)).toEqual(wholeRequests(long));
    });

    it('gives up when the text read on shows the requests are not its last field', () => {
      const account = { users: [{ name: 'a' }, { name: 'b' }] };
      const notLast = scenario([request(1), request(2), request(3)], { account });
      expect(readAll(requestSlices(chunksOf(notLast, 10), 1)!)).toBe('unreadable');
      const cut = scenario([request(1), request(2)]).slice(0, -4);
      expect(readAll(requestSlices(chunksOf(cut, 10), 1)!)).toBe('unreadable');
    });

    it('leaves a text without a requests array, read to its end, to the whole reading', () => {
      const chunks = chunksOf('{"format": "iam-policy-studio/scenario@1", "policies": []}', 3);
      expect(requestSlices(chunks)).toBeUndefined();
    });
  });

  describe('gives up, for the whole text to be read and reported, on', () => {
    const unreadable: [string, string][] = [
      [
        'a request readScenario reports, in a later slice',
        scenario([request(1), { ...request(2), action: 5 }]),
      ],
      [
        'an id given twice, in two slices',
        scenario([request(1), request(2), { ...request(3), id: 'r1' }]),
      ],
      [
        'a property given twice in a request',
        scenario([request(1), request(2)]).replace('"id": "r2"', '"id": "r2", "id": "x"'),
      ],
      [
        'a request that is not JSON',
        scenario([request(1), request(2)]).replace('"id": "r2"', '"id": r2'),
      ],
      ['a comment', scenario([request(1), request(2)]).replace('"id": "r2"', '/* c */ "id": "r2"')],
    ];
    for (const [name, text] of unreadable) {
      it(name, () => {
        const slices = requestSlices(text, 1);
        expect(slices && readAll(slices)).toBe('unreadable');
        expect(readAll(requestSlices(chunksOf(text, 13), 1)!)).toBe('unreadable');
      });
    }

    it('a place between two requests that is inside a string', () => {
      const text = scenario([{ ...request(1), id: 'a }, { b' }, request(2)]);
      // Pieces, or chunks, that end just after it: it is the last boundary there is in them.
      const end = text.indexOf('a }, { b') + 'a }, { b'.length;
      const opening = text.indexOf('[', text.indexOf('"requests"'));
      expect(readAll(requestSlices(text, end - opening - 1)!)).toBe('unreadable');
      expect(readAll(requestSlices(chunksOf(text, end))!)).toBe('unreadable');
    });
  });
});
