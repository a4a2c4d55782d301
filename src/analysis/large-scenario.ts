import { type ScenarioPolicy, type ScenarioRequest } from '../core/index.ts';

/**
 * The size issue 5 sets the simulator's budget for: 20 identity policies of 50 statements and 50
 * requests, with wildcards and conditions so that matching does real work.
 */
export function largeScenario(): { policies: ScenarioPolicy[]; requests: ScenarioRequest[] } {
  const policies = Array.from({ length: 20 }, (_, p): ScenarioPolicy => {
    const statements = Array.from({ length: 50 }, (_, s) => ({
      Sid: `P${p}S${s}`,
      Effect: s % 17 === 16 ? 'Deny' : 'Allow',
      Action: [`s3:Get${s}*`, `dynamodb:Query`, `sqs:Send*`],
      Resource: [`arn:aws:s3:::bucket-${p}-${s}/*`, `arn:aws:dynamodb:*:111122223333:table/t${s}`],
      Condition: {
        IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', `192.168.${s}.0/24`] },
        StringLike: { 'aws:PrincipalTag/team': ['data*', `team-${s}`] },
      },
    }));
    return {
      id: `policy-${p}`,
      type: 'identity',
      document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2),
    };
  });
  const requests = Array.from({ length: 50 }, (_, r): ScenarioRequest => ({
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: r % 2 === 0 ? `s3:Get${r}Object` : 'dynamodb:Query',
    resource:
      r % 2 === 0
        ? `arn:aws:s3:::bucket-${r % 20}-${r}/key`
        : `arn:aws:dynamodb:us-east-1:111122223333:table/t${r}`,
    context: { 'aws:SourceIp': `10.1.2.${r}`, 'aws:PrincipalTag/team': 'data-eng' },
  }));
  return { policies, requests };
}
