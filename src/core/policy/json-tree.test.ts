import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseValidJson } from './json-tree.ts';

/** A node as plain data, its parent named by type and offset so that cycles disappear. */
function plain(node: Node): unknown {
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    colonOffset: node.colonOffset,
    value: node.value,
    hasValue: 'value' in node,
    parent: node.parent ? `${node.parent.type}@${node.parent.offset}` : 'none',
    children: node.children?.map(plain),
  };
}

const expectSameTree = (text: string) => {
  const reference = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const fast = parseValidJson(text, 64);
  expect(fast).toBeDefined();
  expect(plain(fast!.root)).toEqual(plain(reference!));
  expect(fast!.value).toEqual(JSON.parse(text));
};

describe('parseValidJson builds the tree jsonc-parser builds', () => {
  const cases: Record<string, string> = {
    'a policy with a condition': JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'VisualEditor0',
            Effect: 'Allow',
            Action: ['s3:PutBucketLogging'],
            Resource: ['arn:aws:s3:::*'],
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ],
      },
      null,
      2,
    ),
    'compact text': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}',
    'every kind of value': ' { "a" : [ 1, -2.5e3, 0.25, true, false, null, "x", [], {} ] } ',
    'escapes in keys and values': '{"k\\"ey":"a\\\\b\\u00e9\\n","\\u0041":"\\/"}',
    'line breaks and tabs': '{\r\n\t"a":\t[\r\n1\r\n]\r\n}\n',
    'duplicate keys': '{"a":1,"a":2}',
    'non-ASCII text': '{"Sid":"Über 🚀","Action":["s3:Get*"]}',
    'a bare string root': '"text"',
    'a number root': '42',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => expectSameTree(text));
  }

  it('for a large generated policy', () => {
    const statements = Array.from({ length: 200 }, (_, index) => ({
      Sid: `S${index}`,
      Effect: index % 3 ? 'Allow' : 'Deny',
      Action: ['s3:GetObject', `sqs:Send${index}*`],
      Condition: {
        NumericLessThan: { 's3:max-keys': index },
        Bool: { 'aws:SecureTransport': true },
      },
    }));
    expectSameTree(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2));
  });
});

describe('parseValidJson leaves other texts to jsonc-parser', () => {
  it.each([
    ['a trailing comma', '{"a":1,}'],
    ['a comment', '{"a":1 /* c */}'],
    ['a missing brace', '{"a":1'],
    ['an unquoted key', '{a:1}'],
    ['a byte order mark', '\uFEFF{"a":1}'],
  ])('returns undefined for %s', (_, text) => {
    expect(parseValidJson(text, 64)).toBeUndefined();
  });

  it('returns undefined when the text nests deeper than allowed', () => {
    expect(parseValidJson('[[[1]]]', 3)).toBeDefined();
    expect(parseValidJson('[[[[1]]]]', 3)).toBeUndefined();
    expect(parseValidJson('{"a":{"b":{"c":{}}}}', 3)).toBeUndefined();
  });
});

describe('parseValidJson tells whether an object names a property twice', () => {
  const manyKeys = (last: string) =>
    `{${Array.from({ length: 9 }, (_, index) => `"k${index}":${index}`).join(',')},"${last}":0}`;

  it.each([
    ['two names in one object', '{"a":1,"a":2}'],
    ['a name repeated deep down', '{"x":[{"b":1,"c":2,"b":3}]}'],
    ['a name repeated among many', manyKeys('k4')],
  ])('yes for %s', (_, text) => {
    expect(parseValidJson(text, 64)?.repeatsName).toBe(true);
  });

  it.each([
    ['distinct names', '{"a":1,"b":{"a":2,"c":[{"a":3}]}}'],
    ['names that differ in case', '{"Sid":1,"sid":2}'],
    ['many distinct names', manyKeys('k9')],
    ['no object', '[1,"a","a"]'],
  ])('no for %s', (_, text) => {
    expect(parseValidJson(text, 64)?.repeatsName).toBe(false);
  });
});
