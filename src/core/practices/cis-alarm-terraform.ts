import { hclBlock, hclString, hclVariable, type HclAttribute } from '../export/hcl.ts';
import { alarmDescription } from './cis-alarm-cloudformation.ts';
import {
  CIS_ALARM_SETTINGS,
  CIS_ALARMS,
  CIS_METRIC_NAMESPACE,
  type CisAlarm,
} from './cis-alarms.ts';

// Arguments from the AWS provider's documentation: aws_cloudwatch_log_metric_filter and
// aws_cloudwatch_metric_alarm (registry.terraform.io/providers/hashicorp/aws/latest/docs).

/** `UnauthorizedApiCalls` as a Terraform name, `unauthorized_api_calls`. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A block holding attributes and then one nested block. */
function blockWithNested(header: string, attributes: HclAttribute[], nested: string): string {
  const outer = hclBlock(header, attributes).split('\n');
  return [...outer.slice(0, -1), '', nested, '}'].join('\n');
}

function resources(alarm: CisAlarm): string[] {
  const id = snakeCase(alarm.name);
  const filter = blockWithNested(
    `resource "aws_cloudwatch_log_metric_filter" "${id}"`,
    [
      ['name', hclString(alarm.name)],
      ['log_group_name', 'var.cloudtrail_log_group_name'],
      ['pattern', hclString(alarm.filterPattern)],
    ],
    hclBlock(
      'metric_transformation',
      [
        ['name', hclString(alarm.name)],
        ['namespace', 'var.metric_namespace'],
        ['value', hclString(CIS_ALARM_SETTINGS.metricValue)],
      ],
      '  ',
    ),
  );
  const alarmBlock = hclBlock(`resource "aws_cloudwatch_metric_alarm" "${id}"`, [
    ['alarm_name', hclString(`CIS-${alarm.name}`)],
    ['alarm_description', hclString(alarmDescription(alarm))],
    ['metric_name', `aws_cloudwatch_log_metric_filter.${id}.metric_transformation[0].name`],
    ['namespace', 'var.metric_namespace'],
    ['statistic', hclString(CIS_ALARM_SETTINGS.statistic)],
    ['period', String(CIS_ALARM_SETTINGS.period)],
    ['evaluation_periods', String(CIS_ALARM_SETTINGS.evaluationPeriods)],
    ['threshold', String(CIS_ALARM_SETTINGS.threshold)],
    ['comparison_operator', hclString(CIS_ALARM_SETTINGS.comparisonOperator)],
    ['alarm_actions', '[var.alarm_topic_arn]'],
  ]);
  return [filter, alarmBlock];
}

/** Terraform configuration of the CIS metric filters and their alarms. */
export function cisAlarmsTerraform(alarms: readonly CisAlarm[] = CIS_ALARMS): string {
  const blocks = [
    '# CIS AWS Foundations Benchmark metric filters and alarms for the CloudWatch Logs log group of a CloudTrail trail',
    hclVariable(
      'cloudtrail_log_group_name',
      'The CloudWatch Logs log group the CloudTrail trail delivers to',
      undefined,
    ),
    hclVariable('alarm_topic_arn', 'The ARN of the Amazon SNS topic the alarms notify', undefined),
    hclVariable('metric_namespace', 'The namespace of the metrics', CIS_METRIC_NAMESPACE),
    ...alarms.flatMap(resources),
  ];
  return `${blocks.join('\n\n')}\n`;
}
