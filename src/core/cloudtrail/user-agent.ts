import type { UserAgentClass } from './model.ts';

/*
 * The kind of client that made a call, from the record's userAgent. The CloudTrail User Guide's
 * record contents (userAgent: "AWSConsole", "aws-cli/...", "aws-sdk-java", "lambda.amazonaws.com",
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html)
 * give the shapes; athena-aggregation.sql computes the same classes with the same rules.
 */
const CONSOLE = new Set(['AWSConsole', 'console.amazonaws.com', 'console.aws.amazon.com']);
const SERVICE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

export function userAgentClass(userAgent: string | undefined): UserAgentClass {
  if (userAgent === undefined || userAgent === '') return 'none';
  // Some records wrap the agent in brackets: "[aws-cli/1.11.10 Python/2.7.8 ...]".
  const agent = userAgent.replace(/^\[|\]$/g, '');
  if (CONSOLE.has(agent) || agent.startsWith('signin.amazonaws.com')) return 'console';
  if (agent.startsWith('aws-cli/')) return 'cli';
  if (agent.startsWith('aws-sdk-') || agent.startsWith('Boto3/') || agent.startsWith('Botocore/'))
    return 'sdk';
  if (SERVICE_HOST.test(agent) || agent === 'AWS Internal') return 'aws-service';
  return 'other';
}
