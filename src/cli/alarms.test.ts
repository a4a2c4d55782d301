import { describe, expect, it, vi } from 'vitest';
import { runCli, SPAWN_TIMEOUT } from './test-support.ts';

vi.setConfig({ testTimeout: SPAWN_TIMEOUT });

interface Template {
  Parameters: Record<string, unknown>;
  Resources: Record<string, { Type: string }>;
}

function template(format: string): Template {
  const { status, stdout, stderr } = runCli(['alarms', '--format', format]);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as Template;
}

describe('iam-policy-studio alarms --format cloudformation|terraform|eventbridge', () => {
  it('cloudformation: the 15 CIS metric filters and their alarms, with the three parameters', () => {
    const { Parameters, Resources } = template('cloudformation');
    expect(Object.keys(Parameters)).toEqual([
      'CloudTrailLogGroupName',
      'AlarmTopicArn',
      'MetricNamespace',
    ]);
    expect(
      Object.values(Resources)
        .map((resource) => resource.Type)
        .sort(),
    ).toEqual([
      ...Array<string>(15).fill('AWS::CloudWatch::Alarm'),
      ...Array<string>(15).fill('AWS::Logs::MetricFilter'),
    ]);
  });

  it('eventbridge: a rule per recommendation', () => {
    const { Resources } = template('eventbridge');
    expect(
      Object.values(Resources).filter((resource) => resource.Type === 'AWS::Events::Rule'),
    ).toHaveLength(15);
  });

  it('terraform: the variables and resources as HCL', () => {
    const { status, stdout } = runCli(['alarms', '--format', 'terraform']);
    expect(status).toBe(0);
    expect(stdout).toContain('variable "cloudtrail_log_group_name" {');
    expect(stdout.match(/^resource "aws_cloudwatch_metric_alarm"/gm)).toHaveLength(15);
  });

  it('exits 2 on an unknown format or a missing --format', () => {
    const unknown = runCli(['alarms', '--format', 'yaml']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown format "yaml" (give --format cloudformation, terraform or eventbridge)',
    );
    expect(runCli(['alarms', 'cloudformation']).stderr).toContain('expected --format');
  });
});
