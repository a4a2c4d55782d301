// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStudioStore } from '../../../store/store.ts';
import { NOTICE_MILLISECONDS } from './use-deleted-notice.ts';
import { UndoDelete } from './UndoDelete.tsx';

const initial = useStudioStore.getState();
const actions = () => useStudioStore.getState().actions;
const notice = () => screen.queryByRole('status', { name: 'Deleted policy' });

function deleteFirstPolicy() {
  render(<UndoDelete />);
  const [first] = useStudioStore.getState().policies;
  if (!first) throw new Error('the store starts with a policy');
  act(() => actions().deletePolicy(first.id));
  expect(notice()).not.toBeNull();
}

beforeEach(() => {
  useStudioStore.setState(initial, true);
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the deleted-policy notice', () => {
  it('goes away by itself after ten seconds', () => {
    deleteFirstPolicy();
    act(() => vi.advanceTimersByTime(NOTICE_MILLISECONDS - 1));
    expect(notice()).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(notice()).toBeNull();
    expect(useStudioStore.getState().deletedPolicy).toBeUndefined();
  });

  it('goes away at the next action', () => {
    deleteFirstPolicy();
    act(() => actions().addRequest());
    expect(notice()).toBeNull();
  });

  it('stays while the pointer is on it, and Undo still brings the policy back', () => {
    deleteFirstPolicy();
    const shown = notice();
    if (!shown) throw new Error('no notice');
    fireEvent.pointerEnter(shown);
    act(() => vi.advanceTimersByTime(NOTICE_MILLISECONDS * 2));
    expect(notice()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useStudioStore.getState().policies).toHaveLength(initial.policies.length);
    expect(notice()).toBeNull();
  });
});
