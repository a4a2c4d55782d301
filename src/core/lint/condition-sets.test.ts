import { describe, expect, it } from 'vitest';
import type { Statement } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import { shareActionLists } from './action-lists.ts';
import {
  conditionSetFindings,
  conditionUseFindings,
  shareConditionSets,
} from './condition-sets.ts';
import { conditionKeyUses } from './conditions.ts';
import type { LintContext } from './context.ts';
import type { LintFinding } from './finding.ts';
import { lintPolicy } from './lint-policy.ts';
import { LINT_RULES } from './registry.ts';
import { testCatalog } from './test-catalog.ts';
import { policyText, seededRandom } from './testing.ts';

function parsed(conditions: unknown[]) {
  const statements = conditions.map((Condition) => ({
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: '*',
    ...(Condition === undefined ? {} : { Condition }),
  }));
  return parsePolicy(policyText(statements));
}

const CLEAN = { Bool: { 'aws:SecureTransport': 'true' } };
const BAD = { StringEquals: { 'bad:key': 'x', 'aws:username': 'bad:value' } };

/** A finding at each key or value that starts with "bad:", and what was read to find them. */
function badParts() {
  const read: unknown[] = [];
  const inKey = (key: string, span: LintFinding['span']): LintFinding[] =>
    key.startsWith('bad:') ? [{ code: 'bad', severity: 'error', message: key, span }] : [];
  return { read, inKey };
}

/** The statements a clean rule `code` reads through conditionSetFindings, by index. */
function readByCleanRule(statements: readonly Statement[], code: string): number[] {
  const read: number[] = [];
  conditionSetFindings(statements, code, (statement) => {
    read.push(statement.index);
    return [];
  });
  return read;
}

describe('conditionSetFindings', () => {
  it('reads a clean Condition element once, and one with findings in each statement, at its own spans', () => {
    const { policy, text } = parsed([CLEAN, BAD, CLEAN, undefined, BAD]);
    shareConditionSets(policy.statements, text);
    const { read, inKey } = badParts();
    const find = (statement: Statement) => {
      read.push(statement.index);
      return statement.conditions.flatMap((block) =>
        block.keys.flatMap((entry) => inKey(entry.key, entry.keySpan)),
      );
    };
    const findings = conditionSetFindings(policy.statements, 'bad', find);
    expect(read).toEqual([0, 1, 4]);
    expect(findings.map((finding) => finding.span)).toEqual([
      policy.statements[1]!.conditions[0]!.keys[0]!.keySpan,
      policy.statements[4]!.conditions[0]!.keys[0]!.keySpan,
    ]);
    // Another rule reads the elements for itself.
    expect(readByCleanRule(policy.statements, 'other')).toEqual([0, 1]);
  });

  it('shares only elements written alike: the same conditions spaced otherwise are read again', () => {
    const text = policyText([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: CLEAN },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: CLEAN },
    ]).replace(/"aws:SecureTransport": "true"/, '"aws:SecureTransport":"true"');
    const { policy } = parsePolicy(text);
    shareConditionSets(policy.statements, text);
    expect(readByCleanRule(policy.statements, 'none')).toEqual([0, 1]);
  });

  it('reads every statement when the elements were not shared', () => {
    const { policy } = parsed([CLEAN, CLEAN]);
    expect(readByCleanRule(policy.statements, 'none')).toEqual([0, 1]);
  });
});

describe('conditionUseFindings', () => {
  it("reads a clean statement's uses once for all statements written alike, and every use of one with findings", () => {
    const { policy, text } = parsed([BAD, CLEAN, BAD, CLEAN]);
    shareConditionSets(policy.statements, text);
    const { read, inKey } = badParts();
    const findings = conditionUseFindings(conditionKeyUses(policy), 'bad', (use) => {
      read.push([use.statement.index, use.entry.key]);
      return [
        ...inKey(use.entry.key, use.entry.keySpan),
        ...inKey(use.entry.values[0]!.value, use.entry.values[0]!.span),
      ];
    });
    expect(read).toEqual([
      [0, 'bad:key'],
      [0, 'aws:username'],
      [1, 'aws:SecureTransport'],
      [2, 'bad:key'],
      [2, 'aws:username'],
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'bad:key',
      'bad:value',
      'bad:key',
      'bad:value',
    ]);
  });
});

/** Condition elements that the rules reading conditions find something in, and clean ones. */
const CONDITIONS: unknown[] = [
  undefined,
  CLEAN,
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.5/24'] } },
  { IpAddress: { 'aws:SourceIp': ['203.0.113.0/25', '203.0.113.128/25'] } },
  { NotIpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '198.51.100.7/32'] } },
  { IpAddress: { 'aws:VpcSourceIp': '10.1.0.0/16' } },
  { NumericLessThan: { 's3:max-keys': ['10', '20'] }, NumericEquals: { 's3:max-keys': 'ten' } },
  {
    DateGreaterThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
    DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
  },
  { Null: { 'aws:TokenIssueTime': 'true' }, StringEquals: { 'aws:TokenIssueTime': 'x' } },
  { 'ForAllValues:Null': { 'aws:TagKeys': 'true' } },
  { StringEquals: { 'aws:RequestTag/': 'x', 'aws:TagKeys': 'team', 'aws:SourceVpc': 'vpc-12' } },
  { StringEquals: { 's3:prefix': '${aws:username', 'aws:RequestedRegion': 'us-east-9' } },
  { NumericEquals: { 's3:max-keys': '${aws:username}', 'aws:SourceIp': '1' } },
  { StringEquals: { 'foo:bar': 'x', nocolon: 'y', 'aws:PrincipalTag/${x}': 'z' } },
  { StringLike: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
];

/** Every rule's findings in a new parse of `text`, with the Action lists and Condition elements shared or not. */
function ruleFindings(text: string, share: boolean): LintFinding[] {
  const { policy, tree } = parsePolicy(text);
  if (share) {
    shareActionLists(policy.statements, text);
    shareConditionSets(policy.statements, text);
  }
  const context: LintContext = {
    text,
    policy,
    root: tree!,
    policyType: 'identity',
    catalog: testCatalog(),
  };
  return LINT_RULES.flatMap((rule) => rule.check(context));
}

describe('the rules over shared Condition elements', () => {
  it('find what they find without sharing, over generated policies that repeat their conditions', () => {
    const codes = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const pick = seededRandom(seed);
      const statements = Array.from({ length: 150 }, () => {
        const Condition = CONDITIONS[pick(CONDITIONS.length)];
        return {
          Effect: pick(4) === 0 ? 'Deny' : 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'][pick(2)],
          Resource: '*',
          ...(Condition === undefined ? {} : { Condition }),
        };
      });
      const text = policyText(statements);
      const shared = ruleFindings(text, true);
      expect(shared).toEqual(ruleFindings(text, false));
      for (const finding of shared) codes.add(finding.code);
    }
    // The policies reach the rules that share: a finding of each, in more than one statement.
    for (const code of [
      'condition-never-true',
      'condition-value-type',
      'missing-paired-key',
      'null-with-qualifier',
      'missing-qualifier',
      'missing-tag-key',
      'ip-host-bits',
      'ip-range-mergeable',
      'ip-range-redundant',
      'numeric-values-redundant',
      'vpc-id-format',
      'condition-key-format',
      'unknown-condition-key',
      'unknown-region',
      'variable-syntax',
      'variable-unsupported',
      'type-mismatch',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('learns nothing in one lint that another lint of the same parse, with another catalog, keeps', () => {
    const policy = parsed([
      { StringEquals: { 's3:prefixx': 'a' } },
      { StringEquals: { 's3:prefixx': 'a' } },
    ]);
    const unknownKeys = (unloaded: string[]) =>
      lintPolicy(policy, 'identity', testCatalog(unloaded)).filter(
        (finding) => finding.code === 'unknown-condition-key',
      );
    // With s3 not loaded yet, its keys are not judged; once it is, both statements are.
    expect(unknownKeys(['s3'])).toEqual([]);
    expect(unknownKeys([])).toHaveLength(2);
  });
});
