import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRegions, REGIONS_FILE } from '../../../scripts/build-regions.ts';
import { isKnownRegion } from './regions.ts';

describe('the Region list', () => {
  it('is the one scripts/build-regions.ts reads from the installed @aws-sdk/core', async () => {
    expect(readFileSync(REGIONS_FILE, 'utf8')).toBe(await generateRegions());
  });

  it('knows the Regions of every partition and no pseudo-Region', () => {
    for (const region of ['us-east-1', 'eu-west-3', 'cn-north-1', 'us-gov-west-1']) {
      expect(isKnownRegion(region), region).toBe(true);
    }
    expect(isKnownRegion('aws-global')).toBe(false);
    expect(isKnownRegion('us-east-9')).toBe(false);
  });
});
