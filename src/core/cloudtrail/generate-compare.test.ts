import { describe, expect, it } from 'vitest';
import { newBundledCatalog } from '../catalog/bundled.ts';
import { prepareScenario } from '../engine/prepare.ts';
import { SCENARIO_FORMAT, type ScenarioPolicy } from '../scenario/model.ts';
import { readAccountDetailsText } from '../account/gaad.ts';
import gaad from '../account/__fixtures__/gaad.json';
import { named } from './event-test-records.ts';
import { compareWithCurrent, loadCompareWithCurrent } from './generate-compare.ts';
import { catalog, ROLE, s3 } from './generate-fixtures.ts';
import { mappedCalls } from './replay-fixtures.ts';

function identity(statements: unknown[]): ScenarioPolicy {
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return { id: 'current', type: 'identity', attachedTo: [ROLE], document };
}

const prepared = (statements: unknown[]) =>
  prepareScenario({ format: SCENARIO_FORMAT, policies: [identity(statements)], requests: [] });

const calls = mappedCalls([
  s3('GetObject', { bucketName: 'reports', key: 'a.csv' }, { eventTime: '2026-03-01T10:00:00Z' }),
  s3('PutObject', { bucketName: 'reports', key: 'b.csv' }, { eventTime: '2026-03-02T10:00:00Z' }),
  s3('ListObjectsV2', { bucketName: 'reports' }, { eventTime: '2026-02-01T10:00:00Z' }),
]);

// Access Advisor's view: services granted, last used, and what of them was never used.
describe('the generated policy beside the caller’s current policies', () => {
  const current = prepared([
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      Resource: 'arn:aws:s3:::reports/*',
    },
    { Effect: 'Allow', Action: 'lambda:*', Resource: '*' },
  ]);

  it('per service: the actions granted and never used in the window, with the last use', () => {
    const diff = compareWithCurrent(current, calls, ROLE, catalog);
    const lambdaActions = catalog.loaded('lambda')!.actions.length;
    expect(diff.unused.map((u) => [u.service, u.granted, u.used, u.lastUsed])).toEqual([
      ['lambda', lambdaActions, [], undefined],
      ['s3', 3, ['s3:GetObject', 's3:PutObject'], '2026-03-02T10:00:00Z'],
    ]);
    expect(diff.unused[0]!.neverUsed).toHaveLength(lambdaActions);
    // DeleteObject is allowed on the objects of reports only: asked on a resource the role used.
    expect(diff.unused[1]!.neverUsed).toEqual(['s3:DeleteObject']);
    expect(diff.unloaded).toBeUndefined();
  });

  it('the reverse: successful calls today’s policies deny', () => {
    const diff = compareWithCurrent(current, calls, ROLE, catalog);
    expect(diff.usedButDenied.map((c) => [c.call.eventName, c.decision])).toEqual([
      ['ListObjectsV2', 'implicitDeny'],
    ]);
  });

  it('a service every granted action of which was used is not listed as unused, and is in Access Advisor’s view', () => {
    const exact = prepared([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: 'arn:aws:s3:::reports/*',
      },
    ]);
    const diff = compareWithCurrent(exact, calls, ROLE, catalog);
    expect(diff.unused).toEqual([]);
    expect(diff.services).toEqual([
      {
        service: 's3',
        granted: 2,
        used: ['s3:GetObject', 's3:PutObject'],
        neverUsed: [],
        lastUsed: '2026-03-02T10:00:00Z',
      },
    ]);
  });

  it('Access Advisor’s view lists the services granted, used or not, and no service only used', () => {
    const diff = compareWithCurrent(current, calls, ROLE, catalog);
    expect(diff.services.map((use) => [use.service, use.lastUsed])).toEqual([
      ['lambda', undefined],
      ['s3', '2026-03-02T10:00:00Z'],
    ]);
    const onlyLambda = prepared([{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }]);
    expect(
      compareWithCurrent(onlyLambda, calls, ROLE, catalog).services.map((u) => u.service),
    ).toEqual(['lambda']);
  });

  it('a service wildcard names services that must be loaded: listed as unloaded, or loaded first', async () => {
    const wide = prepared([{ Effect: 'Allow', Action: 's3*:*', Resource: '*' }]);
    const fresh = newBundledCatalog();
    await fresh.load('s3');
    const unloaded = compareWithCurrent(wide, calls, ROLE, fresh).unloaded;
    expect(unloaded).toContain('s3express');
    expect(unloaded).not.toContain('s3');
    const loaded = await loadCompareWithCurrent(wide, calls, ROLE, fresh);
    expect(loaded.unloaded).toBeUndefined();
    expect(loaded.unused.map((u) => u.service)).toEqual(
      expect.arrayContaining(['s3', 's3express']),
    );
  });
});

describe('against an imported account', () => {
  // Bob of the documented get-account-authorization-details example (account 123456789012) has
  // AdministratorAccess and an inline policy denying iam:*; his call is the CloudTrail User
  // Guide's StartInstances record by Alice, made his.
  const BOB = 'arn:aws:iam::123456789012:user/Bob';
  const alice = named('StartInstances');
  const bobCalls = mappedCalls([
    { ...alice, userIdentity: { ...(alice.userIdentity as object), arn: BOB, userName: 'Bob' } },
  ]);
  const administrator = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  });
  const read = readAccountDetailsText(JSON.stringify(gaad), {
    description: 'AdministratorAccess alone',
    find: (name) =>
      name === 'AdministratorAccess' ? { versionId: 'v1', document: administrator } : undefined,
  });
  if (!read.ok) throw new Error(read.message);
  const account = prepareScenario({
    format: SCENARIO_FORMAT,
    policies: [],
    requests: [],
    account: read.account,
  });

  it('"Action": "*" grants every service: each is loaded and compared, less those a Deny takes away', async () => {
    const fresh = newBundledCatalog();
    const diff = await loadCompareWithCurrent(account, bobCalls, BOB, fresh);
    const services = diff.unused.map((u) => u.service);
    expect(services.length).toBeGreaterThan(400);
    expect(services).not.toContain('iam');
    const ec2 = diff.unused.find((u) => u.service === 'ec2')!;
    expect(ec2).toMatchObject({ used: ['ec2:StartInstances'], lastUsed: alice.eventTime });
    expect(ec2.neverUsed).not.toContain('ec2:StartInstances');
    expect(ec2.granted).toBe(fresh.loaded('ec2')!.actions.length);
    expect(diff.usedButDenied).toEqual([]);
  }, 60_000);
});
