import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

const plan = readFileSync(new URL('./__fixtures__/terraform-plan.json', import.meta.url), 'utf8');

// `terraform show -json` of a plan: https://developer.hashicorp.com/terraform/internals/json-format
describe('Terraform JSON plans', () => {
  it('takes one policy per resource of the root and child modules, named by address', () => {
    const result = importText(plan);
    if (result.kind !== 'policies') throw new Error(JSON.stringify(result));
    expect(result.source).toBe('a Terraform plan');
    expect(result.policies.map(({ type, name }) => [type, name])).toEqual([
      ['trust', 'aws_iam_role.app'],
      ['identity', 'aws_iam_role.app/read-reports'],
      ['identity', 'aws_iam_policy.deploy'],
      ['identity', 'aws_iam_role_policy.logs'],
      ['identity', 'aws_iam_user_policy.alice'],
      ['identity', 'aws_iam_group_policy.devs'],
      ['resource', 'aws_sqs_queue_policy.jobs'],
      ['resource', 'aws_sns_topic_policy.alerts'],
      ['scp', 'module.org.aws_organizations_policy.deny_leave'],
      ['rcp', 'module.org.aws_organizations_policy.tls'],
      ['resource', 'module.org.aws_kms_key.data'],
    ]);
    const trust = JSON.parse(result.policies[0]!.document) as { Statement: unknown[] };
    expect(trust.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    // A policy computed from other resources is absent from planned_values until apply.
    expect(result.notes).toEqual([
      'aws_s3_bucket_policy.reports.policy is not known until apply, so it was left out',
    ]);
  });

  it('reads a state shown as JSON too (values instead of planned_values)', () => {
    const state = JSON.parse(plan) as Record<string, unknown>;
    const { planned_values: values, ...rest } = state;
    expect(importText(JSON.stringify({ ...rest, values }))).toMatchObject({
      kind: 'policies',
      policies: expect.arrayContaining([
        expect.objectContaining({ name: 'aws_iam_policy.deploy' }),
      ]),
    });
  });

  it('refuses a plan without policy resources, naming the resources it has', () => {
    const bucketOnly = {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', values: {} },
          ],
        },
      },
    };
    expect(importText(JSON.stringify(bucketOnly))).toEqual({
      kind: 'error',
      message: expect.stringMatching(
        /^This Terraform plan has no resource the studio takes policies from \(aws_iam_policy, .*\); its resources are aws_s3_bucket\.b$/,
      ),
    });
  });
});
