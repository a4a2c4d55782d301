import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse.ts';
import { shareActionLists } from './action-lists.ts';
import { firstCovers, reportedCover, shapeOf } from './statement-cover.ts';
import { policyText, seededRandom } from './testing.ts';

const ACTIONS = ['s3:GetObject', 's3:getobject', 's3:Get*', 's3:*', 'S3:Put*', 'iam:PassRole', '*'];
const RESOURCES = [
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/r/*',
  'arn:aws:s3:::b/r/x',
  'arn:aws:s3:::b/r/',
  'arn:aws:s3:::B/*',
  'arn:aws:s3:::b/?/x',
  '*',
];
const CONDITIONS = [
  undefined,
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } },
  { StringEquals: { 'AWS:principaltag/Team': ['a', 'b'] } },
];

function some<T>(pick: (n: number) => number, from: T[]): T[] {
  return Array.from({ length: 1 + pick(3) }, () => from[pick(from.length)]!);
}

/** Statements drawn from few values, so that many cover, equal or nearly cover one another. */
function statements(seed: number, count: number): unknown[] {
  const pick = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const condition = CONDITIONS[pick(CONDITIONS.length)];
    const statement: Record<string, unknown> = {
      Effect: pick(5) === 0 ? 'Deny' : 'Allow',
      [pick(8) === 0 ? 'NotAction' : 'Action']: some(pick, ACTIONS),
      ...(pick(10) > 0 && { [pick(8) === 0 ? 'NotResource' : 'Resource']: some(pick, RESOURCES) }),
      ...(condition && { Condition: condition }),
    };
    return statement;
  });
}

describe('firstCovers', () => {
  it('finds for each statement the same cover as comparing it with every other', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const policy = parsePolicy(policyText(statements(seed, 120))).policy;
      const shapes = policy.statements.map(shapeOf);
      const pairwise = shapes.map(
        (_, position) =>
          policy.statements.find((_other, other) => reportedCover(shapes, position, other)) ??
          undefined,
      );
      const found = firstCovers(policy.statements);
      expect(found).toEqual(pairwise);
      expect(found.filter(Boolean).length).toBeGreaterThan(20);
    }
  });

  it('finds the same covers when statements share their Action lists and the tests of them', () => {
    for (const seed of [6, 7, 8]) {
      const text = policyText(statements(seed, 120));
      const policy = parsePolicy(text).policy;
      const alone = firstCovers(policy.statements);
      shareActionLists(policy.statements, text);
      const shapes = policy.statements.map(shapeOf);
      expect(shapes[0]!.actionList).toBeDefined();
      expect(new Set(shapes.map((shape) => shape.actionList)).size).toBeLessThan(shapes.length);
      expect(firstCovers(policy.statements)).toEqual(alone);
    }
  });

  it('compares only statements of the same principal, and of the same or no conditions', () => {
    const statement = (principal: string, condition?: object) => ({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::111122223333:role/${principal}` },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      ...(condition && { Condition: condition }),
    });
    const secure = { Bool: { 'aws:SecureTransport': 'true' } };
    const policy = parsePolicy(
      policyText([
        statement('reader'),
        statement('writer'),
        statement('writer', secure),
        statement('reader', secure),
        statement('writer'),
      ]),
    ).policy;
    expect(firstCovers(policy.statements).map((cover) => cover?.index)).toEqual([
      undefined,
      undefined,
      1,
      0,
      1,
    ]);
  });
});
