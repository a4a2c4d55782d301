// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyMount } from './LazyMount.tsx';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubObserver() {
  const callbacks: Callback[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: Callback) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return callbacks;
}

describe('LazyMount', () => {
  it('shows a placeholder of the estimated height until its place comes near the viewport', () => {
    const callbacks = stubObserver();
    const { container } = render(
      <LazyMount eager={false} estimatedHeight={320}>
        <p>card</p>
      </LazyMount>,
    );
    expect(screen.queryByText('card')).toBeNull();
    expect((container.firstChild as HTMLElement).style.height).toBe('320px');
    act(() => callbacks[0]?.([{ isIntersecting: true }]));
    expect(screen.getByText('card')).toBeTruthy();
  });

  it('mounts at once when eager', () => {
    stubObserver();
    render(
      <LazyMount eager estimatedHeight={320}>
        <p>card</p>
      </LazyMount>,
    );
    expect(screen.getByText('card')).toBeTruthy();
  });
});
