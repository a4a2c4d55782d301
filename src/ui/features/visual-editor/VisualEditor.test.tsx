// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { card, renderEditor } from './test-render.tsx';
import { testPolicy } from './test-policy.ts';

afterEach(cleanup);

const policy = testPolicy([
  {
    sid: 'Read',
    action: ['s3:GetObject', 's3:ListBucket'],
    resource: ['arn:aws:s3:::bucket/*'],
    condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['team-*'] } },
  },
  { effect: 'Deny', notAction: ['iam:*'], resource: ['*'] },
]);

describe('VisualEditor rendering', () => {
  it('shows the version and one card per statement with its values', () => {
    renderEditor(policy);
    expect((screen.getByLabelText('Version') as HTMLSelectElement).value).toBe('2012-10-17');
    expect(screen.getAllByRole('region')).toHaveLength(2);
    const first = card(1);
    expect((first.getByLabelText('Sid') as HTMLInputElement).value).toBe('Read');
    expect((first.getByRole('radio', { name: 'Allow' }) as HTMLInputElement).checked).toBe(true);
    expect((first.getByLabelText('Action 2') as HTMLInputElement).value).toBe('s3:ListBucket');
    expect((first.getByLabelText('Resource 1') as HTMLInputElement).value).toBe(
      'arn:aws:s3:::bucket/*',
    );
    const condition = within(first.getByRole('group', { name: 'Condition 1' }));
    expect((condition.getByLabelText('Operator') as HTMLSelectElement).value).toBe('StringLike');
    expect((condition.getByLabelText('Set qualifier') as HTMLSelectElement).value).toBe(
      'ForAnyValue',
    );
    expect((condition.getByLabelText('IfExists') as HTMLInputElement).checked).toBe(true);
    expect((condition.getByLabelText('Condition key') as HTMLInputElement).value).toBe(
      'aws:TagKeys',
    );
    expect((condition.getByLabelText('Value 1') as HTMLInputElement).value).toBe('team-*');
    const second = card(2);
    expect((second.getByRole('radio', { name: 'Deny' }) as HTMLInputElement).checked).toBe(true);
    expect((second.getByRole('radio', { name: 'NotAction' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((second.getByLabelText('NotAction 1') as HTMLInputElement).value).toBe('iam:*');
  });

  it('shows Principal only for policy types that have one', () => {
    renderEditor(policy, { policyType: 'identity' });
    expect(screen.queryByRole('radiogroup', { name: 'Principal or NotPrincipal' })).toBeNull();
    cleanup();
    const trust = testPolicy([
      {
        principal: [
          ['Service', 'ec2.amazonaws.com'],
          ['AWS', '111122223333'],
        ],
        action: ['sts:AssumeRole'],
      },
    ]);
    renderEditor(trust, { policyType: 'trust' });
    expect((card(1).getByLabelText('Principal Service 1') as HTMLInputElement).value).toBe(
      'ec2.amazonaws.com',
    );
    expect((card(1).getByLabelText('Principal AWS 1') as HTMLInputElement).value).toBe(
      '111122223333',
    );
  });

  it('renders policy text as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { view } = renderEditor(testPolicy([{ sid: hostile, action: [hostile] }]));
    expect((card(1).getByLabelText('Sid') as HTMLInputElement).value).toBe(hostile);
    expect(view.container.querySelector('img')).toBeNull();
    cleanup();
    const broken = renderEditor(undefined, {
      lastValidModel: policy,
      parseError: { message: hostile, line: 1, column: 2 },
    });
    expect(screen.getByRole('alert').textContent).toContain(hostile);
    expect(broken.view.container.querySelector('img')).toBeNull();
  });

  it('highlights the selected card and reports clicks on a card', () => {
    const { selections } = renderEditor(policy, { selectedStatement: 1 });
    expect(screen.getByRole('region', { name: 'Statement 2' }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(screen.getByRole('region', { name: 'Statement 1' }).hasAttribute('aria-current')).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('region', { name: 'Statement 1' }));
    expect(selections).toEqual([0]);
  });
});

describe('VisualEditor while the text does not parse', () => {
  it('shows the last valid policy read-only with a banner and emits nothing', () => {
    const { edits, selections } = renderEditor(undefined, {
      lastValidModel: policy,
      parseError: { message: 'Expected comma', line: 4, column: 7 },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'The policy text has an error at line 4, column 7: Expected comma. Fix it in the editor; the form is read-only until then.',
    );
    const sid = card(1).getByLabelText('Sid') as HTMLInputElement;
    expect(sid.value).toBe('Read');
    expect(sid.matches(':disabled')).toBe(true);
    fireEvent.change(sid, { target: { value: 'Changed' } });
    fireEvent.keyDown(sid, { key: 'Enter' });
    fireEvent.click(card(1).getByRole('radio', { name: 'Deny' }));
    fireEvent.click(card(1).getByRole('button', { name: 'Delete statement' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add statement' }));
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: '2008-10-17' } });
    fireEvent.click(screen.getByRole('region', { name: 'Statement 2' }));
    expect(edits).toEqual([]);
    expect(selections).toEqual([]);
  });
});
