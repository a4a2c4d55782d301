import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import { templateSnippet } from './snippets.ts';
import { suggestionsFor, valueExamples } from './suggestions.ts';
import { markedPlace } from './testing.ts';

const catalog = bundledCatalog();

async function suggestAt(marked: string) {
  const { place, actions } = markedPlace(marked);
  return suggestionsFor(catalog, place, actions);
}

describe('suggestionsFor', () => {
  it('offers service prefixes before a colon, then the service actions and wildcards', async () => {
    const services = await suggestAt('{"Statement":[{"Action":["s|"]}]}');
    expect(services.find((s) => s.label === 's3')).toMatchObject({
      insert: 's3:',
      retrigger: true,
    });
    const actions = await suggestAt('{"Statement":[{"Action":["s3:GetOb|"]}]}');
    expect(actions.find((s) => s.label === 's3:GetObject')).toMatchObject({
      kind: 'action',
      detail: 'Read',
    });
    const getAll = actions.find((s) => s.label === 's3:Get*');
    expect(getAll?.detail).toBe(
      `${(await catalog.expandActions('s3:Get*')).actions.length} actions`,
    );
  });

  it('offers ARN templates for the resource types of the statement actions', async () => {
    const arns = await suggestAt(
      '{"Statement":[{"Effect":"Allow","Action":["s3:GetObject","iam:PassRole"],"Resource":"|"}]}',
    );
    expect(arns.map((s) => s.detail)).toEqual(
      expect.arrayContaining(['s3 object', 'iam role', 'All resources']),
    );
    expect(arns.find((s) => s.detail === 'iam role')?.insert).toBe(
      'arn:${1:aws}:iam::${2:*}:role/${3:RoleNameWithPath}',
    );
  });

  it('offers operators, then keys of the statement actions and global keys', async () => {
    const operators = await suggestAt('{"Statement":[{"Condition":{"|"}}]}');
    expect(operators.map((s) => s.label)).toContain('ForAnyValue:StringLikeIfExists');
    const keys = await suggestAt(
      '{"Statement":[{"Effect":"Deny","Action":"s3:GetObject","Condition":{"StringEquals":{"|"}}}]}',
    );
    expect(keys.find((s) => s.label === 's3:ExistingObjectTag/<key>')?.detail).toBe(
      'String · s3 actions',
    );
    expect(keys.find((s) => s.label === 'aws:SourceIp')?.detail).toBe('IPAddress · global');
  });

  it('offers values where the key type allows', async () => {
    const values = await suggestAt(
      '{"Statement":[{"Condition":{"Bool":{"aws:SecureTransport":"|"}}}]}',
    );
    expect(values.map((s) => s.label)).toEqual(['true', 'false']);
    expect(valueExamples('IPAddress', 'IpAddress')).toContain('203.0.113.0/24');
    expect(valueExamples('String', 'StringEquals')).toEqual([]);
  });
});

describe('templateSnippet', () => {
  it('turns placeholders into tab stops and escapes snippet syntax', () => {
    expect(templateSnippet('arn:${Partition}:s3:::${BucketName}/${ObjectName}')).toBe(
      'arn:${1:aws}:s3:::${2:BucketName}/${3:ObjectName}',
    );
    expect(templateSnippet('a$b}')).toBe('a\\$b\\}');
  });
});
