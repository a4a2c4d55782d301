import { describe, expect, it } from 'vitest';
import { bundledCatalog, compileTemplate } from '../../../core/index.ts';
import { arnFields, buildArn, fieldLabel, resourceTypesOf } from './arn-builder-model.ts';

const catalog = bundledCatalog();
const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';

describe('buildArn', () => {
  it('fills an S3 object ARN, with the standard partition', () => {
    expect(arnFields(OBJECT)).toEqual(['BucketName', 'ObjectName']);
    expect(buildArn(OBJECT, { BucketName: 'reports', ObjectName: '2026/*' })).toBe(
      'arn:aws:s3:::reports/2026/*',
    );
  });

  it('writes * for a field left empty (any value)', () => {
    expect(buildArn(OBJECT, { BucketName: ' reports ' })).toBe('arn:aws:s3:::reports/*');
    const role = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
    expect(buildArn(role, { RoleNameWithPath: 'deploy' })).toBe('arn:aws:iam::*:role/deploy');
  });

  it('builds ARNs that the catalog recognises as the chosen resource type', async () => {
    const [match] = await catalog.resourceTypesForArn(
      buildArn(OBJECT, { BucketName: 'b', ObjectName: 'k' }),
    );
    expect(match?.resourceType.name).toBe('object');
    const queue = (await catalog.load('sqs'))!.resourceType('queue')!.arnFormat;
    const built = buildArn(queue, { Region: 'eu-west-1', Account: '123456789012', QueueName: 'q' });
    expect(compileTemplate(queue).matches(built)).toBe(true);
    expect(built).toBe('arn:aws:sqs:eu-west-1:123456789012:q');
  });
});

describe('resourceTypesOf', () => {
  it("offers iam:PassRole's resource type, role, with its ARN format", async () => {
    const passRole = (await catalog.load('iam'))!.action('PassRole')!;
    const types = resourceTypesOf([passRole]);
    expect(types.map((t) => t.resourceType.name)).toEqual(['role']);
    expect(arnFields(types[0]!.resourceType.arnFormat)).toEqual(['Account', 'RoleNameWithPath']);
  });

  it('lists each resource type once across actions', async () => {
    const s3 = (await catalog.load('s3'))!;
    const types = resourceTypesOf([s3.action('GetObject')!, s3.action('PutObject')!]);
    expect(types.filter((t) => t.resourceType.name === 'object')).toHaveLength(1);
  });

  it('offers the plain resource type first: an object before an access point object', async () => {
    const s3 = (await catalog.load('s3'))!;
    const getObject = s3.action('GetObject')!;
    expect(getObject.resourceTypes.map((r) => r.resourceType.name)).toContain('accesspointobject');
    expect(resourceTypesOf([getObject])[0]?.resourceType.name).toBe('object');
    const mixed = resourceTypesOf([getObject, s3.action('ListBucket')!, s3.action('PutObject')!]);
    expect(mixed[0]?.resourceType.name).toBe('object');
  });
});

describe('fieldLabel', () => {
  it('spaces the words of a placeholder name', () => {
    expect(fieldLabel('BucketName')).toBe('Bucket name');
    expect(fieldLabel('DBInstanceName')).toBe('DB instance name');
    expect(fieldLabel('Region')).toBe('Region');
  });
});
