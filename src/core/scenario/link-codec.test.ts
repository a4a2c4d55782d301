import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from './model.ts';
import { toBase64Url } from './base64url.ts';
import { decodeShareLink, encodeShareLink, MAX_SCENARIO_BYTES } from './link-codec.ts';

const SEED = `{
  "Version": "2012-10-17",
  // kept as written
  "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" } ]
}`;

const scenario = (document = SEED): Scenario => ({
  format: SCENARIO_FORMAT,
  policies: [
    {
      id: 'app',
      name: 'App — données 📦',
      type: 'identity',
      document,
      attachedTo: ['arn:aws:iam::111122223333:user/*'],
    },
    { id: 'root', type: 'scp', level: 0, document: '{"Statement":[]}' },
  ],
  requests: [
    {
      id: 'r1',
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/ключ.csv',
      resourceAccount: '111122223333',
      context: { 'aws:TagKeys': ['a', 'b'], 'aws:SourceIp': '203.0.113.7' },
      expect: 'allowed',
    },
  ],
  organization: { managementAccount: '999999999999', memberAccounts: ['111122223333'] },
});

/** A deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomText(next: () => number, length: number): string {
  const pool = 'abcXYZ019 \n\t"\\{}[]:,*?$${}éß漢字😀\u0000\u2028';
  return Array.from({ length }, () => [...pool][Math.floor(next() * [...pool].length)]).join('');
}

function decodeOk(payload: string) {
  const decoded = decodeShareLink(payload);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

describe('share links', () => {
  it('carry every field of the scenario, documents byte for byte, and the selected request', () => {
    const workspace = { scenario: scenario(), selectedRequest: 'r1' };
    const payload = encodeShareLink(workspace);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeOk(payload)).toEqual(workspace);
  });

  it('round-trips 100 random scenarios with arbitrary unicode in every text', () => {
    const next = random(42);
    for (let run = 0; run < 100; run += 1) {
      const document = randomText(next, Math.floor(next() * 400));
      const original: Scenario = {
        format: SCENARIO_FORMAT,
        policies: [{ id: `p${run}`, name: randomText(next, 12), type: 'resource', document }],
        requests: [
          {
            principal: `arn:aws:iam::111122223333:user/u${run}`,
            action: `s3:${randomText(next, 10)}`,
            resource: randomText(next, 30),
            context: { [`k${run}`]: randomText(next, 8), multi: [randomText(next, 3), ''] },
          },
        ],
      };
      expect(decodeOk(encodeShareLink({ scenario: original })).scenario).toEqual(original);
    }
  });

  it('reports a truncated link as damaged', () => {
    const payload = encodeShareLink({ scenario: scenario() });
    for (const cut of [payload.length - 1, payload.length - 7, Math.floor(payload.length / 2), 3]) {
      const decoded = decodeShareLink(payload.slice(0, cut));
      expect(decoded).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    }
  });

  it('reports a link changed after it was made as damaged (the zlib checksum)', () => {
    const payload = encodeShareLink({ scenario: scenario() });
    const index = Math.floor(payload.length * 0.6);
    const changed =
      payload.slice(0, index) + (payload[index] === 'A' ? 'B' : 'A') + payload.slice(index + 1);
    expect(decodeShareLink(changed)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    expect(decodeShareLink('1.not base64!')).toMatchObject({ ok: false });
  });

  it('names a link of a newer format version instead of guessing', () => {
    const payload = encodeShareLink({ scenario: scenario() });
    expect(decodeShareLink(`7${payload.slice(1)}`)).toEqual({
      ok: false,
      message: expect.stringContaining('newer version'),
    });
    expect(decodeShareLink('garbage')).toMatchObject({ ok: false });
  });

  it('refuses a small link that would inflate past the limit', () => {
    const bomb = zlibSync(new Uint8Array(MAX_SCENARIO_BYTES + 1024).fill(32), { level: 9 });
    const payload = `1.${toBase64Url(bomb)}`;
    expect(payload.length).toBeLessThan(50_000);
    expect(decodeShareLink(payload)).toEqual({
      ok: false,
      message: 'The link is too large to open',
    });
  });

  it('refuses a well-formed link that does not hold a scenario, saying why', () => {
    const payload = `1.${toBase64Url(zlibSync(new TextEncoder().encode('{"format": "x", "policies": 3}')))}`;
    const decoded = decodeShareLink(payload);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(/^The link does not hold a valid scenario: /);
  });
});
