import { describe, expect, it } from 'vitest';
import { parseRequestPrincipal } from '../principal/request-principal.ts';
import type { ContextValue } from '../scenario/model.ts';
import { buildRequestContext } from './context.ts';

const ALICE = parseRequestPrincipal('arn:aws:iam::111122223333:user/alice');
const NOW = new Date('2026-06-01T00:00:00Z');

const contextOf = (entries: Record<string, ContextValue> | undefined) =>
  buildRequestContext(entries, ALICE, '444455556666', NOW);

/** `count` keys besides the two the tests read. */
function withKeys(count: number): Record<string, ContextValue> {
  const entries: Record<string, ContextValue> = {
    'aws:SourceIp': '203.0.113.7',
    'aws:TagKeys': ['team', 'project'],
  };
  for (let index = 0; index < count; index += 1) entries[`app:key${index}`] = `value${index}`;
  return entries;
}

// "Condition key names are not case-sensitive" (IAM JSON policy elements: Condition).
describe.each([
  ['a few keys', withKeys(0)],
  ['many keys', withKeys(20)],
])('A request context with %s', (_, entries) => {
  const context = contextOf(entries);

  it('finds a given key whatever the case of its name', () => {
    expect(context.get('AWS:SOURCEIP')).toEqual(['203.0.113.7']);
    expect(context.get('aws:sourceip')).toEqual(['203.0.113.7']);
    expect(context.isMultiValued('aws:SourceIp')).toBe(false);
  });

  it('keeps a multivalued key as given', () => {
    expect(context.get('aws:tagkeys')).toEqual(['team', 'project']);
    expect(context.isMultiValued('AWS:TagKeys')).toBe(true);
  });

  it('does not have a key it was not given and AWS does not derive', () => {
    expect(context.get('aws:PrincipalTag/team')).toBeUndefined();
    expect(context.isMultiValued('aws:PrincipalTag/team')).toBe(false);
  });

  it('derives the global keys of the request', () => {
    expect(context.get('aws:PrincipalArn')).toEqual([ALICE.arn]);
    expect(context.get('aws:ResourceAccount')).toEqual(['444455556666']);
    expect(context.get('aws:CurrentTime')).toEqual(['2026-06-01T00:00:00Z']);
  });
});

describe('A given key', () => {
  it('overrides the key AWS would derive', () => {
    const context = contextOf({ 'aws:PrincipalAccount': '999988887777' });
    expect(context.get('aws:principalaccount')).toEqual(['999988887777']);
  });

  it('of an empty multivalued value is present, but empty', () => {
    const context = contextOf({ 'aws:TagKeys': [] });
    expect(context.get('aws:TagKeys')).toEqual([]);
    expect(context.isMultiValued('aws:TagKeys')).toBe(true);
  });

  it('given twice in different cases (callers other than the scenario reader may): the later value, multivalued if either was', () => {
    for (const others of [{}, withKeys(20)]) {
      const context = contextOf({ ...others, 'aws:TagKeys': ['team'], 'AWS:tagkeys': 'project' });
      expect(context.get('aws:TagKeys')).toEqual(['project']);
      expect(context.isMultiValued('aws:tagKeys')).toBe(true);
    }
  });

  it('is looked for in no context when the request has none', () => {
    const context = contextOf(undefined);
    expect(context.get('aws:SourceIp')).toBeUndefined();
    expect(context.get('aws:PrincipalAccount')).toEqual(['111122223333']);
  });
});
