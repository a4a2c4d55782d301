import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.ts';

describe('suggest', () => {
  it('finds the closest name, ignoring case', () => {
    expect(suggest('StringEqual', ['StringEquals', 'StringLike'])).toBe('StringEquals');
    expect(suggest('SCPP', ['scp', 'rcp', 'identity'])).toBe('scp');
  });

  it('suggests nothing when every choice is far away', () => {
    expect(suggest('Banana', ['StringEquals', 'Bool'])).toBeUndefined();
  });
});
