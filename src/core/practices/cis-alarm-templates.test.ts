import { describe, expect, it } from 'vitest';
import { cisAlarmsCloudFormation } from './cis-alarm-cloudformation.ts';
import { cisAlarmsEventBridge } from './cis-alarm-eventbridge.ts';
import { cisAlarmsTerraform } from './cis-alarm-terraform.ts';
import { CIS_ALARMS } from './cis-alarms.ts';

interface Template {
  Parameters: Record<string, { Default?: string }>;
  Resources: Record<
    string,
    { Type: string; DependsOn?: string; Properties: Record<string, unknown> }
  >;
}

const UNAUTHORIZED = CIS_ALARMS.find((alarm) => alarm.name === 'UnauthorizedApiCalls');

/** Every { Ref } of the template, to check that each names a parameter or a resource. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (typeof value !== 'object' || value === null) return [];
  const ref = (value as { Ref?: unknown }).Ref;
  return typeof ref === 'string' ? [ref] : Object.values(value).flatMap(refs);
}

describe('CloudFormation: a metric filter and an alarm per CIS recommendation', () => {
  const template = JSON.parse(cisAlarmsCloudFormation()) as Template;

  it('takes the log group, the SNS topic and the namespace as parameters, CISBenchmark by default', () => {
    expect(Object.keys(template.Parameters)).toEqual([
      'CloudTrailLogGroupName',
      'AlarmTopicArn',
      'MetricNamespace',
    ]);
    expect(template.Parameters.MetricNamespace?.Default).toBe('CISBenchmark');
    const names = new Set([
      ...Object.keys(template.Parameters),
      ...Object.keys(template.Resources),
    ]);
    expect(refs(template.Resources).filter((ref) => !names.has(ref))).toEqual([]);
  });

  it('carries each exact filter pattern and the remediation alarm: Sum over 300 s, >= 1, one period', () => {
    const types = Object.values(template.Resources).map((resource) => resource.Type);
    expect(types.filter((type) => type === 'AWS::Logs::MetricFilter')).toHaveLength(15);
    expect(types.filter((type) => type === 'AWS::CloudWatch::Alarm')).toHaveLength(15);
    for (const alarm of CIS_ALARMS)
      expect(template.Resources[`${alarm.name}MetricFilter`]?.Properties.FilterPattern).toBe(
        alarm.filterPattern,
      );
    expect(template.Resources.UnauthorizedApiCallsAlarm).toEqual({
      Type: 'AWS::CloudWatch::Alarm',
      DependsOn: 'UnauthorizedApiCallsMetricFilter',
      Properties: {
        AlarmName: 'CIS-UnauthorizedApiCalls',
        AlarmDescription:
          'Unauthorized API calls (Security Hub CloudWatch.2; CIS AWS Foundations Benchmark v1.2.0/3.1)',
        MetricName: 'UnauthorizedApiCalls',
        Namespace: { Ref: 'MetricNamespace' },
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: 'AlarmTopicArn' }],
      },
    });
  });
});

describe('Terraform', () => {
  const text = cisAlarmsTerraform();

  it('declares the three variables and a filter and an alarm per recommendation', () => {
    expect(text.match(/^variable "/gm)).toHaveLength(3);
    expect(text).toContain('default     = "CISBenchmark"');
    expect(text.match(/^resource "aws_cloudwatch_log_metric_filter"/gm)).toHaveLength(15);
    expect(text.match(/^resource "aws_cloudwatch_metric_alarm"/gm)).toHaveLength(15);
  });

  it('writes each pattern as an HCL string whose quotes are escaped', () => {
    expect(UNAUTHORIZED).toBeDefined();
    expect(text).toContain(
      [
        'resource "aws_cloudwatch_log_metric_filter" "unauthorized_api_calls" {',
        '  name           = "UnauthorizedApiCalls"',
        '  log_group_name = var.cloudtrail_log_group_name',
        '  pattern        = "{($.errorCode=\\"*UnauthorizedOperation\\") || ($.errorCode=\\"AccessDenied*\\")}"',
        '',
        '  metric_transformation {',
        '    name      = "UnauthorizedApiCalls"',
        '    namespace = var.metric_namespace',
        '    value     = "1"',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(text).toContain(
      '  metric_name         = aws_cloudwatch_log_metric_filter.unauthorized_api_calls.metric_transformation[0].name',
    );
  });
});

describe('EventBridge rules', () => {
  const template = JSON.parse(cisAlarmsEventBridge()) as Template;

  it('one rule per recommendation, with its event pattern, sending to the topic parameter', () => {
    expect(Object.keys(template.Parameters)).toEqual(['AlarmTopicArn']);
    const rules = Object.values(template.Resources);
    expect(rules).toHaveLength(15);
    expect(rules.every((rule) => rule.Type === 'AWS::Events::Rule')).toBe(true);
    expect(template.Resources.UnauthorizedApiCallsRule?.Properties).toMatchObject({
      Name: 'CIS-UnauthorizedApiCalls',
      EventPattern: {
        detail: { errorCode: [{ suffix: 'UnauthorizedOperation' }, { prefix: 'AccessDenied' }] },
      },
      Targets: [{ Arn: { Ref: 'AlarmTopicArn' }, Id: 'AlarmTopic' }],
    });
  });
});
