// The CloudWatch Logs filter patterns and the CIS alarms, for src/core/index.ts.

export type * from './filter-pattern-model.ts';
export {
  MAX_FILTER_PATTERN_DEPTH,
  MAX_FILTER_PATTERN_LENGTH,
  parseFilterPattern,
} from './filter-pattern-parse.ts';
export { filterPatternMatches } from './filter-pattern-match.ts';
export {
  CLOUDTRAIL_DETAIL_TYPES,
  toEventPattern,
  type ConvertedPattern,
  type EventPattern,
} from './filter-pattern-event-pattern.ts';
export {
  CIS_ALARM_SETTINGS,
  CIS_ALARMS,
  CIS_METRIC_NAMESPACE,
  type CisAlarm,
} from './cis-alarms.ts';
export { cisAlarmsCloudFormation } from './cis-alarm-cloudformation.ts';
export { cisAlarmsTerraform } from './cis-alarm-terraform.ts';
export { cisAlarmsEventBridge } from './cis-alarm-eventbridge.ts';
