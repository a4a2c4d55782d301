import { describe, expect, it } from 'vitest';
import { managedPolicyEntries } from '../../../scripts/managed-policies-plugin.ts';
import { searchTemplates, wordStarts } from './search.ts';

const named = (title: string, description = '') => ({ title, description, type: 'identity' });
const titles = (items: { title: string }[]) => items.map((item) => item.title);

/** Every AWS managed policy's name, alphabetical as the gallery lists them. */
const MANAGED = managedPolicyEntries().map(([name]) =>
  named(name, `AWS managed policy arn:aws:iam::aws:policy/${name}`),
);

describe('searchTemplates', () => {
  it('puts the exact name first among all AWS managed policies, then names starting with it', () => {
    const found = titles(searchTemplates(MANAGED, 'ReadOnlyAccess'));
    expect(found[0]).toBe('ReadOnlyAccess');
    expect(found.slice(0, 5)).not.toContain('AdministratorAccess');
    expect(titles(searchTemplates(MANAGED, 'administratoraccess'))[0]).toBe('AdministratorAccess');
  });

  it('ranks exact, prefix, word-prefix, substring, described and fuzzy matches in that order', () => {
    const items = [
      named('Myreadonlything'),
      named('AmazonS3ReadOnlyAccess'),
      named('ReadOnlyAccessForLogs'),
      named('Unrelated', 'grants readonly to logs'),
      named('ReadOnlyAccess'),
      named('ReedOnlyAccess'),
      named('AdministratorAccess'),
    ];
    expect(titles(searchTemplates(items, 'readonly'))).toEqual([
      'ReadOnlyAccess',
      'ReadOnlyAccessForLogs',
      'AmazonS3ReadOnlyAccess',
      'Myreadonlything',
      'Unrelated',
      'ReedOnlyAccess',
    ]);
    expect(titles(searchTemplates(items, 'ReadOnlyAccess')).slice(0, 3)).toEqual([
      'ReadOnlyAccess',
      'ReadOnlyAccessForLogs',
      'AmazonS3ReadOnlyAccess',
    ]);
  });

  it('reads spaces and case as nothing: "read only access" finds ReadOnlyAccess first', () => {
    expect(titles(searchTemplates(MANAGED, 'read only access'))[0]).toBe('ReadOnlyAccess');
  });

  it('finds a name with a typo, closest first, and nothing for a query far from every name', () => {
    expect(titles(searchTemplates(MANAGED, 'AdministratorAcess'))[0]).toBe('AdministratorAccess');
    expect(searchTemplates(MANAGED, 'zzzzqqqq')).toEqual([]);
  });

  it('still finds a policy by a phrase of its description, as the ARN', () => {
    expect(titles(searchTemplates(MANAGED, 'policy/AmazonS3ReadOnlyAccess'))).toEqual([
      'AmazonS3ReadOnlyAccess',
    ]);
  });

  it('keeps every item, in its order, for an empty query', () => {
    expect(searchTemplates(MANAGED, '  ')).toEqual(MANAGED);
  });
});

describe('wordStarts', () => {
  it('splits CamelCase, capital runs and digits into words, at offsets of the compact name', () => {
    // Amazon|S|3|Read|Only|Access, IAM|Read|Only, AWS|Lambda|Role, EC|2|Role
    expect(wordStarts('AmazonS3ReadOnlyAccess')).toEqual([0, 6, 7, 8, 12, 16]);
    expect(wordStarts('IAMReadOnlyAccess')).toEqual([0, 3, 7, 11]);
    expect(wordStarts('service-role/AWSLambdaRole')).toEqual([0, 7, 11, 14, 20]);
    expect(wordStarts('EC2Role')).toEqual([0, 2, 3]);
  });
});
