// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusBar } from './StatusBar.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const size = () => screen.getByTestId('policy-size').textContent;
const cursor = undefined;

describe('StatusBar', () => {
  it('counts a usual policy at once', () => {
    const view = render(<StatusBar document='{"a": 1}' type="identity" cursor={cursor} />);
    expect(size()).toBe('7 characters');
    view.rerender(<StatusBar document='{"a": 12}' type="identity" cursor={cursor} />);
    expect(size()).toBe('8 characters');
  });

  it('counts a large policy again once typing pauses, not on each keystroke', () => {
    vi.useFakeTimers();
    const large = `"${'x'.repeat(200_000)}"`;
    const view = render(<StatusBar document={large} type="identity" cursor={cursor} />);
    expect(size()).toBe('200,002 characters');
    view.rerender(<StatusBar document={`${large} `} type="identity" cursor={cursor} />);
    view.rerender(<StatusBar document={`${large}  1`} type="identity" cursor={cursor} />);
    expect(size()).toBe('200,002 characters');
    act(() => vi.advanceTimersByTime(1000));
    expect(size()).toBe('200,003 characters');
  });

  it('says when the editor does not fold the text, from a million characters on', () => {
    const under = `"${'x'.repeat(999_997)}"`;
    const view = render(<StatusBar document={under} type="identity" cursor={cursor} />);
    expect(screen.queryByTestId('no-folding')).toBeNull();
    view.rerender(<StatusBar document={`${under} `} type="identity" cursor={cursor} />);
    expect(screen.getByTestId('no-folding').textContent).toBe('No folding (large text)');
    expect(screen.getByTestId('no-folding').title).toMatch(/1,000,000 characters or more/);
  });

  it('says what Tab does in the editor, and a click switches it', () => {
    render(<StatusBar document="{}" type="identity" cursor={cursor} />);
    const tabKey = screen.getByRole('button', { name: 'Tab moves focus (Ctrl+M)' });
    fireEvent.click(tabKey);
    expect(tabKey.textContent).toBe('Tab inserts spaces (Ctrl+M)');
    fireEvent.click(tabKey);
    expect(tabKey.textContent).toBe('Tab moves focus (Ctrl+M)');
  });
});
