// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editPolicy, type PolicyEdit } from '../../../core/index.ts';
import { card, renderEditor } from './test-render.tsx';
import { testPolicy } from './test-policy.ts';

afterEach(cleanup);

/** The text the model below was read from. */
const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": "arn:aws:s3:::bucket/*",
      "Condition": { "Bool": { "aws:SecureTransport": "true" } }
    },
    {
      "Effect": "Deny",
      "NotAction": "iam:*",
      "Resource": "*"
    }
  ]
}`;

const model = testPolicy([
  {
    sid: 'Read',
    action: ['s3:GetObject', 's3:ListBucket'],
    resource: ['arn:aws:s3:::bucket/*'],
    condition: { Bool: { 'aws:SecureTransport': ['true'] } },
  },
  { effect: 'Deny', notAction: ['iam:*'], resource: ['*'] },
]);

function only(edits: PolicyEdit[]): PolicyEdit {
  expect(edits).toHaveLength(1);
  return edits[0] as PolicyEdit;
}

function after(edits: PolicyEdit[]): string {
  return editPolicy(text, only(edits)).text;
}

function commit(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('statement card edits', () => {
  it('Sid: sets it, and removes it when emptied', () => {
    const { edits } = renderEditor(model);
    commit(card(1).getByLabelText('Sid'), 'ReadObjects');
    expect(after(edits)).toBe(text.replace('"Sid": "Read"', '"Sid": "ReadObjects"'));
    edits.length = 0;
    commit(card(1).getByLabelText('Sid'), '');
    expect(only(edits)).toEqual({ kind: 'set', statement: 0, path: ['Sid'], value: undefined });
    expect(after(edits)).not.toContain('"Sid"');
  });

  it("Sid: a new one is written as the statement's first key, as the console writes it", () => {
    const { edits } = renderEditor(model);
    commit(card(2).getByLabelText('Sid'), 'DenyOthers');
    expect(after(edits)).toBe(
      text.replace(
        '{\n      "Effect": "Deny"',
        '{\n      "Sid": "DenyOthers",\n      "Effect": "Deny"',
      ),
    );
  });

  it('Effect: the switch sets Allow or Deny', () => {
    const { edits } = renderEditor(model);
    fireEvent.click(card(1).getByRole('radio', { name: 'Deny' }));
    expect(after(edits)).toBe(text.replace('"Effect": "Allow"', '"Effect": "Deny"'));
  });

  it('Action: add, edit and remove entries', () => {
    const { edits } = renderEditor(model);
    commit(card(1).getByLabelText('Add Action'), 's3:PutObject');
    expect(JSON.parse(after(edits)).Statement[0].Action).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
    edits.length = 0;
    commit(card(1).getByLabelText('Action 2'), 's3:ListBucketVersions');
    expect(after(edits)).toBe(text.replace('"s3:ListBucket"', '"s3:ListBucketVersions"'));
    edits.length = 0;
    fireEvent.click(card(1).getByRole('button', { name: 'Remove Action 1' }));
    expect(only(edits)).toEqual({ kind: 'remove-value', statement: 0, path: ['Action'], index: 0 });
    expect(JSON.parse(after(edits)).Statement[0].Action).toEqual(['s3:ListBucket']);
  });

  it('NotAction: switching to Action renames the key, keeping its value text', () => {
    const { edits } = renderEditor(model);
    fireEvent.click(card(2).getByRole('radio', { name: 'Action' }));
    expect(only(edits)).toEqual({
      kind: 'rename',
      statement: 1,
      path: ['NotAction'],
      to: 'Action',
    });
    expect(after(edits)).toBe(text.replace('"NotAction": "iam:*"', '"Action": "iam:*"'));
  });

  it('Resource: removing the only entry removes the element', () => {
    const { edits } = renderEditor(model);
    fireEvent.click(card(2).getByRole('button', { name: 'Remove Resource 1' }));
    expect(JSON.parse(after(edits)).Statement[1]).toEqual({ Effect: 'Deny', NotAction: 'iam:*' });
  });

  it('Condition: operator, qualifier, IfExists, key and values', () => {
    const { edits } = renderEditor(model);
    const row = () => within(card(1).getByRole('group', { name: 'Condition 1' }));
    fireEvent.click(row().getByLabelText('IfExists'));
    expect(after(edits)).toBe(text.replace('"Bool":', '"BoolIfExists":'));
    edits.length = 0;
    fireEvent.change(row().getByLabelText('Operator'), { target: { value: 'StringEquals' } });
    expect(after(edits)).toBe(text.replace('"Bool":', '"StringEquals":'));
    edits.length = 0;
    fireEvent.change(row().getByLabelText('Set qualifier'), { target: { value: 'ForAllValues' } });
    expect(after(edits)).toBe(text.replace('"Bool":', '"ForAllValues:Bool":'));
    edits.length = 0;
    commit(row().getByLabelText('Condition key'), 'aws:ViaAWSService');
    expect(after(edits)).toBe(text.replace('aws:SecureTransport', 'aws:ViaAWSService'));
    edits.length = 0;
    commit(row().getByLabelText('Value 1'), 'false');
    expect(after(edits)).toBe(text.replace('"true"', '"false"'));
    edits.length = 0;
    commit(row().getByLabelText('Add Value'), 'maybe');
    expect(JSON.parse(after(edits)).Statement[0].Condition).toEqual({
      Bool: { 'aws:SecureTransport': ['true', 'maybe'] },
    });
    edits.length = 0;
    fireEvent.click(row().getByRole('button', { name: 'Remove condition' }));
    expect(JSON.parse(after(edits)).Statement[0].Condition).toBeUndefined();
  });

  it('Condition: IfExists is not offered for Null', () => {
    renderEditor(testPolicy([{ condition: { Null: { 'aws:TokenIssueTime': ['true'] } } }]));
    const row = within(card(1).getByRole('group', { name: 'Condition 1' }));
    expect((row.getByLabelText('IfExists') as HTMLInputElement).disabled).toBe(true);
  });

  it('Condition: a new row is added in one edit once key and value are filled', () => {
    const { edits } = renderEditor(model);
    const form = within(card(2).getByRole('form', { name: 'New condition' }));
    const add = form.getByRole('button', { name: 'Add condition' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(form.getByLabelText('Operator'), { target: { value: 'IpAddress' } });
    fireEvent.change(form.getByLabelText('New condition key'), {
      target: { value: 'aws:SourceIp' },
    });
    fireEvent.change(form.getByLabelText('New condition value'), {
      target: { value: '203.0.113.0/24' },
    });
    expect(edits).toEqual([]);
    fireEvent.click(add);
    expect(JSON.parse(after(edits)).Statement[1].Condition).toEqual({
      IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
    });
  });

  it('Principal: add by kind, set to everyone, switch to NotPrincipal', () => {
    const trustText =
      '{ "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }] }';
    const trust = testPolicy([
      { principal: [['Service', 'ec2.amazonaws.com']], action: ['sts:AssumeRole'] },
    ]);
    const { edits } = renderEditor(trust, { policyType: 'trust' });
    const principal = (edit: PolicyEdit) =>
      JSON.parse(editPolicy(trustText, edit).text).Statement[0];
    fireEvent.change(card(1).getByLabelText('Principal type'), { target: { value: 'AWS' } });
    commit(card(1).getByLabelText('Add Principal'), '111122223333');
    expect(principal(only(edits)).Principal).toEqual({
      Service: 'ec2.amazonaws.com',
      AWS: '111122223333',
    });
    edits.length = 0;
    fireEvent.click(card(1).getByRole('button', { name: 'Set Principal to everyone (*)' }));
    expect(principal(only(edits)).Principal).toBe('*');
    edits.length = 0;
    fireEvent.click(card(1).getByRole('radio', { name: 'NotPrincipal' }));
    expect(principal(only(edits)).NotPrincipal).toEqual({ Service: 'ec2.amazonaws.com' });
  });

  it('statements: move, duplicate, delete, add; Version', () => {
    const { edits } = renderEditor(model);
    expect(
      (card(1).getByRole('button', { name: 'Move statement up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(card(1).getByRole('button', { name: 'Move statement down' }));
    expect(JSON.parse(after(edits)).Statement.map((s: { Effect: string }) => s.Effect)).toEqual([
      'Deny',
      'Allow',
    ]);
    edits.length = 0;
    fireEvent.click(card(2).getByRole('button', { name: 'Duplicate statement' }));
    expect(JSON.parse(after(edits)).Statement).toHaveLength(3);
    edits.length = 0;
    fireEvent.click(card(1).getByRole('button', { name: 'Delete statement' }));
    expect(JSON.parse(after(edits)).Statement.map((s: { Effect: string }) => s.Effect)).toEqual([
      'Deny',
    ]);
    edits.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Add statement' }));
    expect(JSON.parse(after(edits)).Statement[2]).toEqual({
      Effect: 'Allow',
      Action: [],
      Resource: [],
    });
    edits.length = 0;
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: '2008-10-17' } });
    expect(after(edits)).toBe(text.replace('2012-10-17', '2008-10-17'));
  });
});
