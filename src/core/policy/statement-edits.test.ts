import { describe, expect, it } from 'vitest';
import { applyTextEdits } from './edit.ts';
import { editPolicy, minimalEdit, type PolicyEdit } from './statement-edits.ts';

const seed = `{
  "Version": "2012-10-17",
  // kept
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]
    },
    {
      "Sid": "Deny",
      "Effect": "Deny",
      "Action": ["s3:DeleteObject"],
      "Resource": "*",
      "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } }
    }
  ]
}`;

function edited(text: string, edit: PolicyEdit): string {
  const result = editPolicy(text, edit);
  expect(applyTextEdits(text, result.edits)).toBe(result.text);
  return result.text;
}

/** The text outside the one edited region is byte for byte the same. */
function changedRegion(before: string, after: string): { removed: string; added: string } {
  const [edit] = minimalEdit(before, after);
  if (!edit) return { removed: '', added: '' };
  return {
    removed: before.slice(edit.offset, edit.offset + edit.length),
    added: edit.content,
  };
}

describe('editPolicy', () => {
  it('switches Effect by replacing only the value', () => {
    const after = edited(seed, { kind: 'set', statement: 0, path: ['Effect'], value: 'Deny' });
    expect(after).toBe(seed.replace('"Effect": "Allow"', '"Effect": "Deny"'));
  });

  it('renames Action to NotAction keeping the value text', () => {
    const after = edited(seed, { kind: 'rename', statement: 1, path: ['Action'], to: 'NotAction' });
    expect(after).toBe(
      seed.replace('"Action": ["s3:DeleteObject"]', '"NotAction": ["s3:DeleteObject"]'),
    );
  });

  it('turns a single Action string into an array when a value is added', () => {
    const after = edited(seed, {
      kind: 'add-value',
      statement: 0,
      path: ['Action'],
      value: 's3:ListBucket',
    });
    expect(JSON.parse(after.replace('// kept', '')).Statement[0].Action).toEqual([
      's3:GetObject',
      's3:ListBucket',
    ]);
    expect(after.startsWith(seed.slice(0, seed.indexOf('"Action": "s3:GetObject"')))).toBe(true);
  });

  it.each([
    ['an entry of a list', 0, ['Resource'], 1, 'arn:aws:s3:::c/*', { removed: 'b', added: 'c' }],
    [
      'a condition value',
      1,
      ['Condition', 'Bool', 'aws:MultiFactorAuthPresent'],
      0,
      'true',
      { removed: 'fals', added: 'tru' },
    ],
  ])('replaces %s by changing only what differs', (_, statement, path, index, value, region) => {
    const replaced = edited(seed, { kind: 'replace-value', statement, path, index, value });
    expect(changedRegion(seed, replaced)).toEqual(region);
  });

  it('removes one entry of a list', () => {
    const removed = edited(seed, {
      kind: 'remove-value',
      statement: 0,
      path: ['Resource'],
      index: 0,
    });
    expect(JSON.parse(removed.replace('// kept', '')).Statement[0].Resource).toEqual([
      'arn:aws:s3:::b/*',
    ]);
  });

  it('adds a statement at the end and keeps comments and the other statements', () => {
    const after = edited(seed, {
      kind: 'add-statement',
      statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
    });
    expect(after).toContain('// kept');
    expect(after.slice(0, seed.lastIndexOf('}\n  ]') + 1)).toBe(
      seed.slice(0, seed.lastIndexOf('}\n  ]') + 1),
    );
    const parsed = JSON.parse(after.replace('// kept', ''));
    expect(parsed.Statement).toHaveLength(3);
    expect(parsed.Statement[2]).toEqual({
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: '*',
    });
  });

  it('adds a second statement to a policy whose Statement is one object', () => {
    const single =
      '{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }';
    const after = edited(single, {
      kind: 'add-statement',
      statement: { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
    });
    const parsed = JSON.parse(after);
    expect(parsed.Statement.map((s: { Effect: string }) => s.Effect)).toEqual(['Allow', 'Deny']);
  });

  it('deletes, duplicates and moves statements', () => {
    const deleted = JSON.parse(
      edited(seed, { kind: 'delete-statement', statement: 0 }).replace('// kept', ''),
    );
    expect(deleted.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['Deny']);
    const duplicated = edited(seed, { kind: 'duplicate-statement', statement: 0 });
    expect(
      JSON.parse(duplicated.replace('// kept', '')).Statement.map((s: { Sid: string }) => s.Sid),
    ).toEqual(['Read', 'Read', 'Deny']);
    const moved = edited(seed, { kind: 'move-statement', from: 1, to: 0 });
    expect(
      JSON.parse(moved.replace('// kept', '')).Statement.map((s: { Sid: string }) => s.Sid),
    ).toEqual(['Deny', 'Read']);
  });

  it('renames a condition operator', () => {
    const renamed = edited(seed, {
      kind: 'rename',
      statement: 1,
      path: ['Condition', 'Bool'],
      to: 'BoolIfExists',
    });
    expect(renamed).toBe(seed.replace('"Bool":', '"BoolIfExists":'));
  });

  it('keeps tab indentation when inserting', () => {
    const tabbed = '{\n\t"Version": "2012-10-17",\n\t"Statement": []\n}';
    const after = edited(tabbed, { kind: 'add-statement', statement: { Effect: 'Allow' } });
    expect(after).toContain('\t\t{');
    expect(after).not.toMatch(/^ +"/m);
  });
});
