import { describe, expect, it } from 'vitest';
import { editPolicy } from '../../../core/index.ts';
import { listEdit } from './list-edit.ts';

const text = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*" }
  ]
}`;
const before = ['s3:GetObject', 's3:PutObject'];
const apply = (after: string[]) => {
  const edit = listEdit(0, 'Action', before, after);
  return edit && JSON.parse(editPolicy(text, edit).text).Statement[0].Action;
};

describe('listEdit', () => {
  it('appends one value as an add', () => {
    expect(listEdit(0, 'Action', before, [...before, 's3:ListBucket'])?.kind).toBe('add-value');
    expect(apply([...before, 's3:ListBucket'])).toEqual([...before, 's3:ListBucket']);
  });

  it('removes one value by its index', () => {
    expect(listEdit(0, 'Action', before, ['s3:PutObject'])).toEqual({
      kind: 'remove-value',
      statement: 0,
      path: ['Action'],
      index: 0,
    });
    expect(apply(['s3:PutObject'])).toEqual(['s3:PutObject']);
  });

  it('rewrites the list for several changes, and removes the element when empty', () => {
    expect(apply(['s3:*', 'ec2:*', 'iam:PassRole'])).toEqual(['s3:*', 'ec2:*', 'iam:PassRole']);
    expect(apply([])).toBeUndefined();
    expect(listEdit(0, 'Action', before, [...before])).toBeUndefined();
  });
});
