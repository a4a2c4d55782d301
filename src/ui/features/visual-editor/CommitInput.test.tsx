// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitInput } from './CommitInput.tsx';

afterEach(cleanup);

function setup(props: { value?: string; clearOnCommit?: boolean; reject?: boolean } = {}) {
  const onCommit = vi.fn(() => (props.reject ? false : undefined));
  const view = render(
    <CommitInput
      aria-label="Field"
      value={props.value ?? 'old'}
      clearOnCommit={props.clearOnCommit}
      onCommit={onCommit}
    />,
  );
  return { onCommit, input: screen.getByLabelText('Field') as HTMLInputElement, view };
}

describe('CommitInput', () => {
  it('does not commit while typing, and commits once on Enter followed by blur', () => {
    const { onCommit, input } = setup();
    fireEvent.change(input, { target: { value: 'ne' } });
    fireEvent.change(input, { target: { value: 'new' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('new');
  });

  it('commits on blur, and not at all when the text is unchanged', () => {
    const { onCommit, input } = setup();
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'other' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith('other');
  });

  it('restores the value on Escape and when the commit is rejected', () => {
    const { onCommit, input } = setup({ reject: true });
    fireEvent.change(input, { target: { value: 'typed' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('old');
    fireEvent.change(input, { target: { value: 'bad' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('bad');
    expect(input.value).toBe('old');
  });

  it('empties an add field after a commit and follows a new value from outside', () => {
    const { input, view, onCommit } = setup({ value: '', clearOnCommit: true });
    fireEvent.change(input, { target: { value: 's3:GetObject' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('');
    view.rerender(<CommitInput aria-label="Field" value="from text" onCommit={onCommit} />);
    expect(input.value).toBe('from text');
  });
});
