import { describe, expect, it } from 'vitest';
import { managedPolicyEntries } from '../../../scripts/managed-policies-plugin.ts';
import { servicePrincipalsIn } from './service-principals.ts';
import SERVICE_PRINCIPALS from './service-principals.json';

describe('service principals', () => {
  it('are read from iam:PassedToService and iam:AWSServiceName under any operator', () => {
    const document = {
      Statement: [
        {
          Condition: {
            StringEquals: { 'iam:PassedToService': ['lambda.amazonaws.com', 'not a principal'] },
            StringLike: { 'iam:AWSServiceName': 'ecs.amazonaws.com', 'aws:SourceAccount': '1' },
          },
        },
        {
          Condition: { StringEquals: { 'iam:PassedToService': 'cognito-identity.amazonaws.com' } },
        },
      ],
    };
    expect(servicePrincipalsIn([document, null, { Statement: 'x' }])).toEqual([
      'ecs.amazonaws.com',
      'lambda.amazonaws.com',
    ]);
  });

  it('the bundled list is what the AWS managed policies name today (npx tsx scripts/extract-service-principals.ts)', () => {
    const documents = managedPolicyEntries().map(([, text]) => JSON.parse(text) as unknown);
    expect(SERVICE_PRINCIPALS).toEqual(servicePrincipalsIn(documents));
    expect(SERVICE_PRINCIPALS).toEqual(
      expect.arrayContaining(['lambda.amazonaws.com', 'ec2.amazonaws.com', 'states.amazonaws.com']),
    );
  });
});
