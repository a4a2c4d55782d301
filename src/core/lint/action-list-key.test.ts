import { describe, expect, it } from 'vitest';
import { actionListKey } from './action-list-key.ts';

describe('actionListKey', () => {
  it('is the same for the same list and differs for lists a separator would confuse', () => {
    expect(actionListKey(['s3:GetObject', 's3:PutObject'])).toBe(
      actionListKey(['s3:GetObject', 's3:PutObject']),
    );
    expect(actionListKey(['s3:Get\ns3:Put'])).not.toBe(actionListKey(['s3:Get', 's3:Put']));
    expect(actionListKey(['1:a'])).not.toBe(actionListKey(['a', 'a']));
    expect(actionListKey([])).not.toBe(actionListKey(['']));
  });
});
