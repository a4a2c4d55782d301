import { bench, describe } from 'vitest';
import { bundledCatalog } from '../core/index.ts';
import { ParsedTexts } from './parsed-texts.ts';
import { FindingsDeriver } from './policy-findings.ts';

// `npx vitest bench src/analysis/policy-findings.bench.ts --run`: one lint run of a
// 500-statement policy after an edit, the work done once typing pauses. Each run appends a
// different number of spaces (more than the deriver keeps), so every run lints afresh.
const ACTIONS = [
  ['s3:GetObject', 's3:PutObject', 's3:List*'],
  ['ec2:DescribeInstances', 'ec2:StartInstances'],
  ['dynamodb:Query', 'dynamodb:GetItem'],
  ['iam:PassRole', 'lambda:InvokeFunction'],
  ['sqs:SendMessage', 'sns:Publish', 'kms:Decrypt'],
];
const RESOURCES = [
  (s: number) => [`arn:aws:s3:::bucket-${s}/*`, `arn:aws:s3:::bucket-${s}`],
  (s: number) => [`arn:aws:ec2:us-east-1:111122223333:instance/i-${s}`],
  (s: number) => [`arn:aws:dynamodb:*:111122223333:table/t${s}`],
  (s: number) => [`arn:aws:iam::111122223333:role/r${s}`, `arn:aws:lambda:*:*:function:f${s}`],
  () => ['*'],
];

const statement = (s: number) => ({
  Sid: `S${s}`,
  Effect: s % 11 === 10 ? 'Deny' : 'Allow',
  Action: ACTIONS[s % ACTIONS.length],
  Resource: RESOURCES[s % RESOURCES.length]?.(s),
  Condition: {
    IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', `192.168.${s % 256}.0/24`] },
    StringEquals: { 'aws:PrincipalTag/team': `team-${s}`, 'aws:RequestedRegion': 'us-east-1' },
  },
});
const policyOf = (count: number) =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: Array.from({ length: count }, (_, s) => statement(s)) },
    null,
    2,
  );
const DOCUMENT = policyOf(500);
const USUAL = policyOf(10);

const deriver = new FindingsDeriver(bundledCatalog(), new ParsedTexts());
await deriver.derive({ policyId: 'p', document: DOCUMENT, type: 'identity' });
let edit = 0;

describe(`lint after an edit (${DOCUMENT.length} characters)`, () => {
  bench('500 statements, every rule, services loaded', async () => {
    edit += 1;
    await deriver.derive({
      policyId: 'p',
      document: `${DOCUMENT}${' '.repeat(edit % 1000)}`,
      type: 'identity',
    });
  });

  bench(`10 statements (${USUAL.length} characters)`, async () => {
    edit += 1;
    await deriver.derive({
      policyId: 'u',
      document: `${USUAL}${' '.repeat(edit % 1000)}`,
      type: 'identity',
    });
  });
});
