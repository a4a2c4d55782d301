import { describe, expect, it } from 'vitest';
import type { Statement } from '../policy/model.ts';
import { parsePolicy } from '../policy/parse.ts';
import {
  actionListFindings,
  shareActionLists,
  sharedActionList,
  type SharedActionList,
} from './action-lists.ts';
import type { LintFinding } from './finding.ts';
import { coveredAmong, coversAction } from './statement-match.ts';
import { policyText } from './testing.ts';

/** The policy text each parsed statement was read from. */
const textOf = new WeakMap<Statement, string>();

function parsedStatements(text: string): Statement[] {
  const found = parsePolicy(text).policy.statements;
  for (const statement of found) textOf.set(statement, text);
  return found;
}

function statements(...lists: { Action?: string[]; NotAction?: string[] }[]): Statement[] {
  const Statement = lists.map((list) => ({ Effect: 'Allow', ...list, Resource: '*' }));
  return parsedStatements(JSON.stringify({ Version: '2012-10-17', Statement }));
}

const share = (found: Statement[]) => shareActionLists(found, textOf.get(found[0]!)!);

const list = (statement: Statement) => sharedActionList(statement.action!);

describe('shareActionLists', () => {
  it('gives statements with the same entries one list, and others their own', () => {
    const [a, b, c, d] = statements(
      { Action: ['s3:GetObject', 's3:PutObject'] },
      { Action: ['s3:GetObject', 's3:PutObject'] },
      { Action: ['s3:PutObject', 's3:GetObject'] },
      { NotAction: ['s3:GetObject', 's3:PutObject'] },
    ) as [Statement, Statement, Statement, Statement];
    share([a, b, c, d]);
    expect(list(b)).toBe(list(a));
    expect(list(c)).not.toBe(list(a));
    expect(list(d)).not.toBe(list(a));
  });

  it('tells apart lists a separator would confuse', () => {
    const found = statements(
      { Action: ['s3:Get\ns3:Put'] },
      { Action: ['s3:Get', 's3:Put'] },
      { Action: ['1:a'] },
      { Action: ['a', 'a'] },
    );
    share(found);
    expect(new Set(found.map(list)).size).toBe(4);
  });

  it('shares only lists written alike: the same entries spaced otherwise, or as a string, have their own', () => {
    const found = parsedStatements(
      policyText([
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' },
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      ]).replace(/\[\n\s*"s3:GetObject"\n\s*\]/, '["s3:GetObject"]'),
    );
    share(found);
    const [a, b, c] = found.map(list) as [SharedActionList, SharedActionList, SharedActionList];
    expect(new Set([a, b, c]).size).toBe(3);
    expect([a, b, c].map((shared) => shared.values)).toEqual([
      ['s3:GetObject'],
      ['s3:GetObject'],
      ['s3:GetObject'],
    ]);
  });

  it('leaves each statement a list of its own when the policy was not shared', () => {
    const [a, b] = statements({ Action: ['s3:GetObject'] }, { Action: ['s3:GetObject'] }) as [
      Statement,
      Statement,
    ];
    expect(list(a)).toBe(list(a));
    expect(list(b)).not.toBe(list(a));
  });

  it('keeps the tree and model comparable: the list is not an enumerable property', () => {
    const [a] = statements({ Action: ['s3:GetObject'] }) as [Statement];
    share([a]);
    expect(Object.keys(a.action!)).toEqual(['negated', 'entries', 'span']);
  });
});

describe('actionListFindings', () => {
  /** A finding at each entry that starts with "bad:", and the elements read to find them. */
  const badEntries = () => {
    const read: unknown[] = [];
    const find = (element: Statement['action'] & object): LintFinding[] => {
      read.push(element);
      return element.entries
        .filter((entry) => entry.value.startsWith('bad:'))
        .map((entry) => ({
          code: 'bad',
          severity: 'error',
          message: entry.value,
          span: entry.span,
        }));
    };
    return { read, find };
  };

  it('reads a clean list once, and a list with findings at each statement, at its own entries', () => {
    const found = statements(
      { Action: ['s3:GetObject'] },
      { Action: ['bad:One'] },
      { Action: ['s3:GetObject'] },
      { Action: ['bad:One'] },
      { NotAction: ['s3:GetObject'] },
    );
    share(found);
    const { read, find } = badEntries();
    const findings = actionListFindings(found, 'bad', find);
    expect(read).toEqual([found[0]!.action, found[1]!.action, found[3]!.action, found[4]!.action]);
    expect(findings.map((finding) => finding.span)).toEqual([
      found[1]!.action!.entries[0]!.span,
      found[3]!.action!.entries[0]!.span,
    ]);
    // Another rule over the same lists reads them for itself.
    const other = badEntries();
    actionListFindings(found, 'other', other.find);
    expect(other.read).toHaveLength(4);
  });

  it('learns nothing of a list from a statement it does not apply to', () => {
    const Statement = ['Deny', 'Allow'].map((Effect) => ({
      Effect,
      Action: 'bad:One',
      Resource: '*',
    }));
    const found = parsedStatements(JSON.stringify({ Version: '2012-10-17', Statement }));
    share(found);
    const { find } = badEntries();
    const allows = actionListFindings(
      found,
      'bad',
      find,
      (statement) => statement.effect === 'Allow',
    );
    expect(allows.map((finding) => finding.span)).toEqual([found[1]!.action!.entries[0]!.span]);
  });

  it('reads every statement when the lists were not shared', () => {
    const found = statements({ Action: ['s3:GetObject'] }, { Action: ['s3:GetObject'] });
    const { read, find } = badEntries();
    expect(actionListFindings(found, 'bad', find)).toEqual([]);
    expect(read).toHaveLength(2);
  });
});

describe('coversAction over shared lists', () => {
  it('answers an Action list and a NotAction list of the same entries each for itself', () => {
    const [allow, except] = statements({ Action: ['s3:Get*'] }, { NotAction: ['s3:Get*'] }) as [
      Statement,
      Statement,
    ];
    share([allow, except]);
    expect(coversAction(allow, 's3:GetObject')).toBe(true);
    expect(coversAction(except, 's3:GetObject')).toBe(false);
    expect(coversAction(except, 's3:PutObject')).toBe(true);
    expect(coversAction(allow, 's3:PutObject')).toBe(false);
  });

  it('gives every statement of a list the answer worked out for the first', () => {
    const found = statements({ Action: ['iam:Pass*'] }, { Action: ['iam:Pass*'] });
    share(found);
    expect(found.map((statement) => coversAction(statement, 'iam:PassRole'))).toEqual([true, true]);
    expect(found.map((statement) => coversAction(statement, 'iam:GetRole'))).toEqual([
      false,
      false,
    ]);
  });

  it("answers coveredAmong for each rule's list apart, in its order, shared or not", () => {
    const found = statements(
      { Action: ['s3:Put*', 'iam:PassRole'] },
      { Action: ['s3:Put*', 'iam:PassRole'] },
      { NotAction: ['s3:*'] },
    );
    const first = ['s3:PutBucketPolicy', 's3:GetObject', 'iam:PassRole'];
    const second = ['ram:CreateResourceShare', 's3:PutBucketAcl'];
    const answers = () =>
      found.map((statement) => [coveredAmong(statement, first), coveredAmong(statement, second)]);
    const alone = answers();
    expect(alone).toEqual([
      [['s3:PutBucketPolicy', 'iam:PassRole'], ['s3:PutBucketAcl']],
      [['s3:PutBucketPolicy', 'iam:PassRole'], ['s3:PutBucketAcl']],
      [['iam:PassRole'], ['ram:CreateResourceShare']],
    ]);
    share(found);
    expect(answers()).toEqual(alone);
    expect(coveredAmong(found[1]!, first)).toBe(coveredAmong(found[0]!, first));
  });
});
