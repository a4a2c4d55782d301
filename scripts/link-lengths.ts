// `npx tsx scripts/link-lengths.ts`: how long share links are for typical scenarios.
import {
  encodeShareLink,
  POLICY_TEMPLATES,
  SCENARIO_FORMAT,
  type Scenario,
} from '../src/core/index.ts';
import { SEED_POLICY } from '../src/store/seed-policy.ts';

const ORIGIN = 'https://example.com/#s=';

function report(name: string, scenario: Scenario): void {
  const link = ORIGIN + encodeShareLink({ scenario });
  const text = scenario.policies.reduce((sum, policy) => sum + policy.document.length, 0);
  console.log(`${name}: ${link.length} characters in the link (${text} characters of policy text)`);
}

report('seed policy', { format: SCENARIO_FORMAT, policies: [SEED_POLICY], requests: [] });

const statements = Array.from({ length: 20 }, (_, index) => ({
  Sid: `Statement${index}`,
  Effect: index % 5 === 4 ? 'Deny' : 'Allow',
  Action: [`s3:GetObject`, `s3:PutObject`, `dynamodb:Query`].slice(0, 1 + (index % 3)),
  Resource: [
    `arn:aws:s3:::team-${index}-bucket/*`,
    `arn:aws:dynamodb:eu-west-1:111122223333:table/T${index}`,
  ],
  Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${index}` } },
}));
report('20 statements, 5 requests', {
  format: SCENARIO_FORMAT,
  policies: [
    {
      id: 'team',
      type: 'identity',
      document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2),
    },
  ],
  requests: Array.from({ length: 5 }, (_, index) => ({
    id: `r${index}`,
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: `arn:aws:s3:::team-${index}-bucket/report.csv`,
    context: { 'aws:PrincipalTag/team': `team-${index}` },
    expect: 'allowed' as const,
  })),
});
report('every template', {
  format: SCENARIO_FORMAT,
  policies: POLICY_TEMPLATES.map((template) => ({
    id: template.id,
    type: template.type,
    document: template.document,
  })),
  requests: [],
});
