// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { card, renderEditor } from './test-render.tsx';
import { testPolicy } from './test-policy.ts';

afterEach(cleanup);

describe('the ARN builder', () => {
  it('adds the built ARN to Resource and closes', async () => {
    const { edits } = renderEditor(testPolicy([{ action: ['s3:GetObject'], resource: [] }]));
    fireEvent.click(card(1).getByRole('button', { name: /Build ARN/ }));
    const add = await screen.findByRole('button', { name: 'Add ARN' }, { timeout: 10_000 });
    fireEvent.click(add);
    expect(edits).toEqual([
      expect.objectContaining({ kind: 'add-value', path: ['Resource'] }) as unknown,
    ]);
    expect(screen.queryByRole('dialog', { name: 'ARN builder' })).toBeNull();
  });
});
