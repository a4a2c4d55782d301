import { describe, expect, it } from 'vitest';
import { makeShareUrl, readShareFragment } from './share-url.ts';

const page = { origin: 'https://studio.example', pathname: '/app/', search: '?x=1' };

describe('share URLs', () => {
  it('put the payload in the fragment and read it back, with the view flag', () => {
    const url = makeShareUrl(page, '1.abc-_', true);
    expect(url).toBe('https://studio.example/app/?x=1#s=1.abc-_&view');
    expect(readShareFragment(new URL(url).hash)).toEqual({ payload: '1.abc-_', view: true });
    expect(readShareFragment(new URL(makeShareUrl(page, '1.x', false)).hash)).toEqual({
      payload: '1.x',
      view: false,
    });
  });

  it('find no share payload in an unrelated fragment', () => {
    expect(readShareFragment('')).toBeUndefined();
    expect(readShareFragment('#section-2')).toBeUndefined();
  });
});
