import { describe, expect, it } from 'vitest';
import {
  PRINCIPAL_PRESETS,
  presetOf,
  presetPrincipal,
  principalAccount,
} from './principal-presets.ts';

describe('principal presets', () => {
  it('fills a principal that reads back as the same preset', () => {
    for (const preset of PRINCIPAL_PRESETS) expect(presetOf(presetPrincipal(preset))).toBe(preset);
  });

  it('keeps the account when switching presets', () => {
    const account = principalAccount('arn:aws:iam::444455556666:user/bob');
    expect(account).toBe('444455556666');
    expect(presetPrincipal('session', account)).toBe(
      'arn:aws:sts::444455556666:assumed-role/AppRole/session-1',
    );
    expect(presetPrincipal('root', account)).toBe('arn:aws:iam::444455556666:root');
  });

  it('recognises no preset in free text', () => {
    expect(presetOf('alice')).toBeUndefined();
    expect(principalAccount('alice')).toBe('111122223333');
  });
});
