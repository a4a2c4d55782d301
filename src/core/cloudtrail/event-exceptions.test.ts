import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_MAP_FILE, generateEventMap } from '../../../scripts/build-cloudtrail-map.ts';
import { newBundledCatalog } from '../catalog/bundled.ts';
import { eventActions, operationName } from './event-actions.ts';
import { EVENT_EXCEPTIONS } from './event-exceptions.ts';
import generated from './event-map.generated.json';

const catalog = newBundledCatalog();

describe('the CloudTrail mapping data', () => {
  it('is what scripts/build-cloudtrail-map.ts generates from the installed aws-sdk and the catalog (run it when this fails)', () => {
    expect(readFileSync(EVENT_MAP_FILE, 'utf8')).toBe(generateEventMap());
  }, 60_000);

  it('names only services of the service reference', () => {
    const unknown = [...new Set(Object.values(generated.sources))].filter(
      (prefix) => !catalog.service(prefix),
    );
    expect(unknown).toEqual([]);
  });

  it('lists as unnamed only operations that are not IAM actions of their service', async () => {
    const clashes: string[] = [];
    for (const [prefix, operations] of Object.entries(generated.unnamed)) {
      const service = await catalog.load(prefix);
      for (const operation of operations)
        if (service?.action(operation)) clashes.push(`${prefix}:${operation}`);
    }
    expect(clashes).toEqual([]);
  });

  it('names in its exceptions only actions of the service reference', async () => {
    const actions = EVENT_EXCEPTIONS.flatMap((e) => e.needs.map((need) => need.action));
    const lookups = await Promise.all(actions.map((action) => catalog.lookupAction(action)));
    expect(lookups.flatMap((lookup, i) => (lookup.kind === 'found' ? [] : [actions[i]]))).toEqual(
      [],
    );
  });

  it('has an exception only for operations the rule of names would map otherwise or not at all', async () => {
    // An exception giving the action the name already gives would hide nothing: it must differ.
    const redundant = EVENT_EXCEPTIONS.filter(
      (e) => e.needs.length === 1 && e.needs[0]!.action.split(':')[1] === e.eventName,
    );
    expect(redundant.map((e) => e.eventName)).toEqual([]);
  });
});

describe('eventSource and eventName to IAM actions', () => {
  async function actionsOf(eventSource: string, eventName: string) {
    await Promise.all(
      ['s3', 'lambda', 'sts', 'ec2', 'iam', 'cloudformation', 'cloudwatch'].map((p) =>
        catalog.load(p),
      ),
    );
    const mapped = eventActions(catalog, eventSource, eventName);
    return mapped.mapped ? mapped.needs.map((need) => need.action) : mapped.reason;
  }

  it.each([
    // Operations named as their action, through the generated endpoint prefixes and signing names.
    ['s3.amazonaws.com', 'PutObject', ['s3:PutObject']],
    ['monitoring.amazonaws.com', 'PutMetricData', ['cloudwatch:PutMetricData']],
    // The reviewed exceptions (event-exceptions.ts cites each page).
    ['s3.amazonaws.com', 'ListObjectsV2', ['s3:ListBucket']],
    ['s3.amazonaws.com', 'ListObjects', ['s3:ListBucket']],
    ['s3.amazonaws.com', 'HeadObject', ['s3:GetObject']],
    ['s3.amazonaws.com', 'HeadBucket', ['s3:ListBucket']],
    ['s3.amazonaws.com', 'ListBuckets', ['s3:ListAllMyBuckets']],
    ['s3.amazonaws.com', 'CopyObject', ['s3:GetObject', 's3:PutObject']],
    // The current version, or the version the request names (event-requests.test.ts).
    ['s3.amazonaws.com', 'GetObject', ['s3:GetObject', 's3:GetObjectVersion']],
    ['s3.amazonaws.com', 'UploadPart', ['s3:PutObject']],
    ['lambda.amazonaws.com', 'Invoke', ['lambda:InvokeFunction']],
    ['lambda.amazonaws.com', 'UpdateFunctionCode20150331v2', ['lambda:UpdateFunctionCode']],
    ['lambda.amazonaws.com', 'CreateFunction20150331', ['lambda:CreateFunction', 'iam:PassRole']],
    ['ec2.amazonaws.com', 'RunInstances', ['ec2:RunInstances', 'iam:PassRole']],
    ['cloudformation.amazonaws.com', 'CreateStack', ['cloudformation:CreateStack', 'iam:PassRole']],
    ['sts.amazonaws.com', 'GetCallerIdentity', []],
  ])('%s %s needs %j', async (eventSource, eventName, expected) => {
    expect(await actionsOf(eventSource, eventName)).toEqual(expected);
  });

  it.each([
    ['example.amazonaws.com', 'GetThing', /unknown event source example\.amazonaws\.com/],
    [
      's3.amazonaws.com',
      'GetSomethingNew',
      /unknown operation GetSomethingNew of s3\.amazonaws\.com/,
    ],
    [
      's3.amazonaws.com',
      'WriteGetObjectResponse',
      /operation WriteGetObjectResponse has no IAM action of its name in s3/,
    ],
  ])('%s %s is kept unmapped with the reason', async (eventSource, eventName, reason) => {
    expect(await actionsOf(eventSource, eventName)).toMatch(reason);
  });

  it('strips the API version only from Lambda event names', () => {
    expect(operationName('lambda.amazonaws.com', 'GetFunction20150331v2')).toBe('GetFunction');
    expect(operationName('lambda.amazonaws.com', 'Invoke')).toBe('Invoke');
    expect(operationName('s3.amazonaws.com', 'GetFunction20150331v2')).toBe(
      'GetFunction20150331v2',
    );
  });
});
