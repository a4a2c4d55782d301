import {
  CIS_ALARM_SETTINGS,
  CIS_ALARMS,
  CIS_METRIC_NAMESPACE,
  type CisAlarm,
} from './cis-alarms.ts';

// Resource properties from the CloudFormation User Guide's template reference:
// AWS::Logs::MetricFilter and AWS::CloudWatch::Alarm.

/** Names of the template's parameters, shared by the EventBridge template. */
export const TEMPLATE_PARAMETERS = {
  logGroup: 'CloudTrailLogGroupName',
  topic: 'AlarmTopicArn',
  namespace: 'MetricNamespace',
} as const;

export const ALARM_TOPIC_PARAMETER = {
  Type: 'String',
  Description: 'The ARN of the Amazon SNS topic the alarms notify',
};

/** What the alarm is for and where it comes from, for its description. */
export function alarmDescription(alarm: CisAlarm): string {
  const sources = [
    ...(alarm.securityHubControl ? [`Security Hub ${alarm.securityHubControl}`] : []),
    `CIS AWS Foundations Benchmark ${alarm.cis.join(', ')}`,
  ];
  return `${alarm.title} (${sources.join('; ')})`;
}

function resources(alarm: CisAlarm): Record<string, unknown> {
  const filter = `${alarm.name}MetricFilter`;
  return {
    [filter]: {
      Type: 'AWS::Logs::MetricFilter',
      Properties: {
        FilterName: alarm.name,
        LogGroupName: { Ref: TEMPLATE_PARAMETERS.logGroup },
        FilterPattern: alarm.filterPattern,
        MetricTransformations: [
          {
            MetricName: alarm.name,
            MetricNamespace: { Ref: TEMPLATE_PARAMETERS.namespace },
            MetricValue: CIS_ALARM_SETTINGS.metricValue,
          },
        ],
      },
    },
    [`${alarm.name}Alarm`]: {
      Type: 'AWS::CloudWatch::Alarm',
      DependsOn: filter,
      Properties: {
        AlarmName: `CIS-${alarm.name}`,
        AlarmDescription: alarmDescription(alarm),
        MetricName: alarm.name,
        Namespace: { Ref: TEMPLATE_PARAMETERS.namespace },
        Statistic: CIS_ALARM_SETTINGS.statistic,
        Period: CIS_ALARM_SETTINGS.period,
        EvaluationPeriods: CIS_ALARM_SETTINGS.evaluationPeriods,
        Threshold: CIS_ALARM_SETTINGS.threshold,
        ComparisonOperator: CIS_ALARM_SETTINGS.comparisonOperator,
        AlarmActions: [{ Ref: TEMPLATE_PARAMETERS.topic }],
      },
    },
  };
}

/** A CloudFormation template (JSON) of the CIS metric filters and their alarms. */
export function cisAlarmsCloudFormation(alarms: readonly CisAlarm[] = CIS_ALARMS): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'CIS AWS Foundations Benchmark metric filters and alarms for the CloudWatch Logs log group of a CloudTrail trail',
    Parameters: {
      [TEMPLATE_PARAMETERS.logGroup]: {
        Type: 'String',
        Description: 'The CloudWatch Logs log group the CloudTrail trail delivers to',
      },
      [TEMPLATE_PARAMETERS.topic]: ALARM_TOPIC_PARAMETER,
      [TEMPLATE_PARAMETERS.namespace]: {
        Type: 'String',
        Description: 'The namespace of the metrics',
        Default: CIS_METRIC_NAMESPACE,
      },
    },
    Resources: Object.assign({}, ...alarms.map(resources)) as Record<string, unknown>,
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
