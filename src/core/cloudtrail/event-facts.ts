import { arnParts, isObject, objectAt, stringAt, type JsonObject } from './fields.ts';

/**
 * What a record says about the resources of its call beyond resources[]: the values its
 * requestParameters give to the placeholders of the service reference's ARN formats (`BucketName`,
 * `FunctionName`, ...), ARNs they give whole, and the parameters a reviewed exception reads. Kept
 * small, so that many events can wait for their services' reference to load.
 */
export interface EventFacts {
  /** ARN format placeholder -> value: Partition, Region, Account and the resource's own names. */
  names: Record<string, string>;
  /** Placeholders the parameters give several values (EC2's instancesSet: InstanceId). */
  lists: Record<string, string[]>;
  /** Whole ARNs the parameters give (topicArn, a function or key given by ARN, a role's ARN). */
  arns: string[];
  /** The parameters reviewed exceptions read, present or not (roles passed, copy source). */
  parameters: Record<string, string>;
}

/** requestParameters fields naming a resource, with the ARN format placeholder each fills. */
const NAME_PARAMETERS: readonly [string, string][] = [
  ['bucketName', 'BucketName'],
  ['key', 'ObjectName'],
  ['functionName', 'FunctionName'],
  ['roleName', 'RoleNameWithPath'],
  ['userName', 'UserNameWithPath'],
  ['tableName', 'TableName'],
  ['keyId', 'KeyId'],
];

const ARN_PARAMETERS = ['topicArn', 'functionName', 'keyId', 'roleArn', 'policyArn', 'targetArn'];

/** requestParameters fields the exceptions of event-exceptions.ts name. */
const EXCEPTION_PARAMETERS = ['role', 'roleARN', 'x-amz-copy-source', 'versionId'];

// https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue (Amazon SQS Developer Guide, "Amazon SQS
// queue and message identifiers"), also the legacy queue.amazonaws.com form.
const QUEUE_URL = /^https?:\/\/[^/]+\/(\d{12})\/([^/?#]+)$/;
const QUEUE_REGION = /^(?:sqs\.)?([a-z0-9-]+)\.(?:queue\.)?amazonaws\.com/;

function queueNames(url: string, names: Record<string, string>): void {
  const match = QUEUE_URL.exec(url);
  if (!match) return;
  names.Account = match[1]!;
  names.QueueName = match[2]!;
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? '';
  const region = QUEUE_REGION.exec(host)?.[1];
  if (region !== undefined && region !== 'queue' && region !== 'sqs') names.Region = region;
}

/**
 * The instance IDs of EC2's instancesSet, as CloudTrail records StartInstances, StopInstances and
 * the like (CloudTrail User Guide, "CloudTrail log file examples": `{"instancesSet": {"items":
 * [{"instanceId": "i-ebeaf9e2"}]}}`).
 */
function instanceIds(parameters: JsonObject): string[] {
  const items = objectAt(parameters, 'instancesSet')?.items;
  if (!Array.isArray(items)) return [];
  return items.map((item) => stringAt(item, 'instanceId')).filter((id) => id !== undefined);
}

/** An instance profile given by ARN or name (RunInstances' iamInstanceProfile). */
function instanceProfile(parameters: JsonObject | undefined): string | undefined {
  const profile = objectAt(parameters, 'iamInstanceProfile');
  return stringAt(profile, 'arn') ?? stringAt(profile, 'name');
}

export function eventFacts(record: JsonObject): EventFacts {
  const parameters = objectAt(record, 'requestParameters');
  const identityArn = stringAt(objectAt(record, 'userIdentity'), 'arn');
  const names: Record<string, string> = {
    Partition: (identityArn && arnParts(identityArn)?.partition) || 'aws',
  };
  const region = stringAt(record, 'awsRegion');
  const account =
    stringAt(record, 'recipientAccountId') ??
    stringAt(objectAt(record, 'userIdentity'), 'accountId');
  if (region !== undefined) names.Region = region;
  if (account !== undefined) names.Account = account;
  const arns: string[] = [];
  const given: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  if (isObject(parameters)) {
    for (const field of ARN_PARAMETERS) {
      const value = stringAt(parameters, field);
      if (value?.startsWith('arn:')) arns.push(value);
    }
    for (const [field, placeholder] of NAME_PARAMETERS) {
      const value = stringAt(parameters, field);
      if (value !== undefined && !value.startsWith('arn:')) names[placeholder] = value;
    }
    // A partial function ARN, 123456789012:function:my-function (AWS Lambda API Reference, FunctionName).
    const partial = names.FunctionName?.split(':function:');
    if (partial?.length === 2 && /^\d{12}$/.test(partial[0]!)) {
      names.Account = partial[0]!;
      names.FunctionName = partial[1]!;
    }
    // A KMS keyId may name an alias (AWS KMS API Reference, "KeyId": "alias/ExampleAlias").
    if (names.KeyId?.startsWith('alias/')) {
      names.Alias = names.KeyId.slice('alias/'.length);
      delete names.KeyId;
    }
    const queueUrl = stringAt(parameters, 'queueUrl');
    if (queueUrl !== undefined) queueNames(queueUrl, names);
    for (const field of EXCEPTION_PARAMETERS) {
      const value = stringAt(parameters, field);
      if (value !== undefined) given[field] = value;
    }
    const instances = instanceIds(parameters);
    if (instances.length > 0) lists.InstanceId = instances;
    const profile = instanceProfile(parameters);
    if (profile !== undefined) given.iamInstanceProfile = profile;
  }
  return { names, lists, arns, parameters: given };
}
