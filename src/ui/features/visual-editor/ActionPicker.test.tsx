// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import { card, renderEditor } from './test-render.tsx';
import { testPolicy } from './test-policy.ts';

afterEach(cleanup);

const model = testPolicy([{ action: ['s3:GetObject'], resource: ['*'] }]);

describe('the action picker in a statement card', () => {
  it('opens on the service already listed, shows listed actions checked, adds a group in one edit', async () => {
    const { edits } = renderEditor(model);
    fireEvent.click(card(1).getByRole('button', { name: 'Add actions…' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Action picker' }));
    expect(await picker.findByLabelText('s3:GetObject')).toHaveProperty('checked', true);
    // Set by an effect after the checkbox renders (it is a DOM property, not an attribute).
    await vi.waitFor(() =>
      expect(picker.getByLabelText('All Read')).toHaveProperty('indeterminate', true),
    );

    fireEvent.click(picker.getByLabelText('All List'));
    const list = bundledCatalog()
      .loaded('s3')!
      .actionsWithAccessLevel('List')
      .map((a) => `s3:${a.name}`);
    expect(edits).toEqual([
      { kind: 'set', statement: 0, path: ['Action'], value: ['s3:GetObject', ...list] },
    ]);
  });

  it('adds the whole-service wildcard from the wildcard view', async () => {
    const { edits } = renderEditor(model);
    fireEvent.click(card(1).getByRole('button', { name: 'Add actions…' }));
    const picker = within(await screen.findByRole('dialog', { name: 'Action picker' }));
    fireEvent.click(await picker.findByRole('radio', { name: 'Wildcards' }));
    fireEvent.click(picker.getByLabelText('s3:*'));
    expect(edits).toEqual([{ kind: 'add-value', statement: 0, path: ['Action'], value: 's3:*' }]);
  });
});
