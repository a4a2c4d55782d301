import {
  ALARM_TOPIC_PARAMETER,
  alarmDescription,
  TEMPLATE_PARAMETERS,
} from './cis-alarm-cloudformation.ts';
import { CIS_ALARMS, type CisAlarm } from './cis-alarms.ts';
import { toEventPattern } from './filter-pattern-event-pattern.ts';
import { parseFilterPattern } from './filter-pattern-parse.ts';

// Properties from the CloudFormation User Guide's template reference: AWS::Events::Rule.

function rule(alarm: CisAlarm): Record<string, unknown> {
  const parsed = parseFilterPattern(alarm.filterPattern);
  const converted = parsed.ok ? toEventPattern(parsed.pattern) : undefined;
  if (!converted?.ok) throw new Error(`${alarm.name} has no EventBridge equivalent`);
  return {
    [`${alarm.name}Rule`]: {
      Type: 'AWS::Events::Rule',
      Properties: {
        Name: `CIS-${alarm.name}`,
        Description: alarmDescription(alarm),
        State: 'ENABLED',
        EventPattern: converted.pattern,
        Targets: [{ Arn: { Ref: TEMPLATE_PARAMETERS.topic }, Id: 'AlarmTopic' }],
      },
    },
  };
}

/**
 * A CloudFormation template (JSON) of EventBridge rules whose event patterns match what the CIS
 * metric filters match, sending each event to the SNS topic (whose access policy must let
 * events.amazonaws.com publish to it).
 */
export function cisAlarmsEventBridge(alarms: readonly CisAlarm[] = CIS_ALARMS): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'EventBridge rules matching the CloudTrail events of the CIS AWS Foundations Benchmark metric filters; the SNS topic policy must allow events.amazonaws.com to publish',
    Parameters: { [TEMPLATE_PARAMETERS.topic]: ALARM_TOPIC_PARAMETER },
    Resources: Object.assign({}, ...alarms.map(rule)) as Record<string, unknown>,
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}
