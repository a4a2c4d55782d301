// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMounted } from './use-mounted.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** What happened, in order: editors built and disposed of, and editors reported. */
const events: string[] = [];

function mountNamed(name: string) {
  return () => {
    events.push(`build ${name}`);
    return { editor: name, dispose: () => events.push(`dispose ${name}`) };
  };
}

const MOUNTS = { policy: mountNamed('policy'), diff: mountNamed('diff') };
const report = (editor: string | null) => events.push(`report ${editor}`);

function Editor({ name }: { name: keyof typeof MOUNTS }) {
  const ref = useRef<HTMLDivElement>(null);
  useMounted(ref, MOUNTS[name], report);
  return <div ref={ref} />;
}

describe('useMounted', () => {
  it("disposes of an editor another takes the place of in a later task than the other's build", () => {
    vi.useFakeTimers();
    events.length = 0;
    const view = render(<Editor key="policy" name="policy" />);
    expect(events).toEqual(['build policy', 'report policy']);

    events.length = 0;
    view.rerender(<Editor key="diff" name="diff" />);
    expect(events).toEqual(['report null', 'build diff', 'report diff']);
    act(() => vi.runAllTimers());
    expect(events).toEqual(['report null', 'build diff', 'report diff', 'dispose policy']);
  });
});
