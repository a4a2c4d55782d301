import { parseTree } from 'jsonc-parser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseValidJson } from '../policy/json-tree.ts';
import { parsePolicy } from '../policy/parse.ts';
import { reparsePolicy } from '../policy/reparse.ts';
import { lintPolicy } from './lint-policy.ts';
import { testCatalog } from './test-catalog.ts';
import { policyText } from './testing.ts';

// The readers of a text, spied on: each call is a pass over the whole text.
vi.mock(import('jsonc-parser'), { spy: true });
vi.mock(import('../policy/json-tree.ts'), { spy: true });
vi.mock(import('../policy/parse.ts'), { spy: true });

const TEXT = policyText([
  { Sid: '', Effect: 'Allow', Action: ['s3:GetObjekt', 's3:*'], Resource: '*' },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: {} },
]);

/** Calls of each reader since the last reset. */
function readsOfText() {
  return {
    parsePolicy: vi.mocked(parsePolicy).mock.calls.length,
    parseValidJson: vi.mocked(parseValidJson).mock.calls.length,
    parseTree: vi.mocked(parseTree).mock.calls.length,
  };
}

describe('lintPolicy reads the text once', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('given a parsed policy, lints its tree and model without reading the text again', () => {
    const parsed = parsePolicy(TEXT);
    const expected = lintPolicy(TEXT, 'identity', testCatalog());
    vi.clearAllMocks();
    const findings = lintPolicy(parsed, 'identity', testCatalog());
    expect(readsOfText()).toEqual({ parsePolicy: 0, parseValidJson: 0, parseTree: 0 });
    // Rules reading the tree (empty Sid, empty Condition) and the model (actions) all ran.
    expect(findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['empty-sid', 'empty-value', 'unknown-action', 'wildcard-action']),
    );
    expect(findings).toEqual(expected);
  });

  it('given a text, parses it once and builds its JSON tree once', () => {
    lintPolicy(TEXT, 'identity');
    expect(readsOfText()).toEqual({ parsePolicy: 1, parseValidJson: 1, parseTree: 0 });
  });

  it('given a text that is not valid JSON, recovers its tree once', () => {
    const broken = TEXT.replace('"Resource": "*"', '"Resource": "*",');
    const findings = lintPolicy(broken, 'identity');
    expect(findings.map((finding) => finding.code)).toContain('syntax');
    expect(findings.map((finding) => finding.code)).toContain('empty-sid');
    expect(readsOfText()).toMatchObject({ parsePolicy: 1, parseTree: 1 });
  });

  it('given an incremental parse, builds the tree it lacks once and lints as a full parse', () => {
    const after = TEXT.replace('s3:GetObjekt', 's3:GetObjekts');
    const reparsed = reparsePolicy(parsePolicy(TEXT), after);
    vi.clearAllMocks();
    const findings = lintPolicy(reparsed, 'identity', testCatalog());
    lintPolicy(reparsed, 'identity', testCatalog());
    expect(readsOfText()).toEqual({ parsePolicy: 0, parseValidJson: 1, parseTree: 0 });
    expect(findings).toEqual(lintPolicy(after, 'identity', testCatalog()));
  });
});
