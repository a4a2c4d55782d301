// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useStudioStore } from '../../../store/store.ts';
import { PolicyList } from './PolicyList.tsx';

const initial = useStudioStore.getState();

// jsdom lays nothing out: give the list and its items heights, so the list shows its first items.
const SIZES = { clientHeight: 480, offsetHeight: 48 };
beforeAll(() => {
  for (const [name, value] of Object.entries(SIZES)) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, value });
  }
});
afterAll(() => {
  for (const name of Object.keys(SIZES)) Reflect.deleteProperty(HTMLElement.prototype, name);
});

beforeEach(() => useStudioStore.setState(initial, true));
afterEach(cleanup);

const items = () =>
  within(screen.getByRole('list', { name: 'Policy list' })).getAllByRole('listitem');
const settings = () => within(screen.getByRole('group', { name: 'Policy settings' }));

function commit(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('PolicyList', () => {
  it('adds a policy of the chosen type and selects it', () => {
    render(<PolicyList />);
    fireEvent.change(screen.getByLabelText('Add policy'), { target: { value: 'rcp' } });
    expect(items()).toHaveLength(2);
    expect(items()[1]?.textContent).toBe('RCP policyRCP policy · level 0');
    expect(
      within(items()[1] as HTMLElement)
        .getByRole('button')
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(settings().getByLabelText('Level')).toBeTruthy();
    expect(settings().queryByText(/Attached to/)).toBeNull();
  });

  it('renames, showing the name as text, never as markup', () => {
    const { container } = render(<PolicyList />);
    commit(settings().getByLabelText('Policy name'), '<img src=x onerror=alert(1)>');
    expect(items()[0]?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('deletes with an offer to undo, and undo brings the policy back', () => {
    render(<PolicyList />);
    fireEvent.click(settings().getByRole('button', { name: 'Delete' }));
    expect(screen.getByText(/No policies yet/)).toBeTruthy();
    const offer = screen.getByRole('status', { name: 'Deleted policy' });
    expect(offer.textContent).toContain('Deleted “VisualEditor0 example”');
    fireEvent.click(within(offer).getByRole('button', { name: 'Undo' }));
    expect(items()).toHaveLength(1);
    expect(screen.queryByRole('status', { name: 'Deleted policy' })).toBeNull();
  });

  it('shows the parse status of each policy as a dot', () => {
    render(<PolicyList />);
    expect(
      within(items()[0] as HTMLElement)
        .getByRole('img')
        .getAttribute('aria-label'),
    ).toBe('Valid');
    act(() => useStudioStore.getState().actions.setPolicyDocument('visual-editor-0', '{'));
    expect(
      within(items()[0] as HTMLElement)
        .getByRole('img')
        .getAttribute('aria-label'),
    ).toBe('Errors');
  });

  it('edits attachedTo one entry per line, committed on blur', () => {
    render(<PolicyList />);
    const field = settings().getByLabelText('Attached to (principals)');
    fireEvent.change(field, { target: { value: 'arn:aws:iam::111122223333:user/alice\n\n' } });
    fireEvent.blur(field);
    expect(useStudioStore.getState().policies[0]?.attachedTo).toEqual([
      'arn:aws:iam::111122223333:user/alice',
    ]);
  });

  it('shows only the items in view of thousands, and ↓ moves the keyboard to the next', async () => {
    const { addPolicy, selectPolicy } = useStudioStore.getState().actions;
    const ids = Array.from({ length: 3000 }, () => addPolicy('scp'));
    // The first of them: the list starts at the top.
    selectPolicy(ids[0]!);
    render(<PolicyList />);
    expect(items().length).toBeLessThan(40);
    const first = within(items()[0] as HTMLElement).getByRole('button');
    expect(items()[0]?.getAttribute('aria-setsize')).toBe('3001');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() =>
      expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('2'),
    );
  });
});
