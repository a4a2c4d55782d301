import { describe, expect, it } from 'vitest';
import type { CatalogConditionKey, LintCatalog } from './catalog-port.ts';
import { lookupConditionKey } from './catalog-lookup.ts';
import { testCatalog } from './test-catalog.ts';

/** The test catalog with these as its global keys. */
function withGlobalKeys(keys: CatalogConditionKey[]): LintCatalog {
  return { ...testCatalog(), globalConditionKeys: () => keys };
}

const found = (catalog: LintCatalog, written: string) => {
  const lookup = lookupConditionKey(catalog, written);
  return lookup.kind === 'found' ? lookup.key : lookup.kind;
};

describe('lookupConditionKey', () => {
  it('finds a key whatever the case it is written in', () => {
    const catalog = testCatalog();
    expect(found(catalog, 'S3:PREFIX')).toMatchObject({ name: 's3:prefix' });
    expect(found(catalog, 's3:Max-Keys')).toMatchObject({ name: 's3:max-keys' });
  });

  it('finds a key by its placeholder, once no key has the very name', () => {
    const keys = [
      { name: 'aws:PrincipalTag/${TagKey}', type: 'String' },
      { name: 'aws:PrincipalTag/team', type: 'ArrayOfString' },
    ];
    const catalog = withGlobalKeys(keys);
    expect(found(catalog, 'aws:principaltag/TEAM')).toBe(keys[1]);
    expect(found(catalog, 'aws:PrincipalTag/cost-center')).toBe(keys[0]);
    expect(found(testCatalog(), 's3:ExistingObjectTag/owner')).toMatchObject({
      name: 's3:ExistingObjectTag/<key>',
    });
  });

  it('takes the first of two keys that differ only in case, as the service reference lists them', () => {
    const keys = [
      { name: 'aws:SourceVpc', type: 'String' },
      { name: 'aws:sourcevpc', type: 'ArrayOfString' },
    ];
    expect(found(withGlobalKeys(keys), 'AWS:SOURCEVPC')).toBe(keys[0]);
  });

  it('tells an unknown key of a known service from a prefix that is no service', () => {
    const catalog = testCatalog();
    expect(lookupConditionKey(catalog, 's3:nothing').kind).toBe('unknown');
    expect(lookupConditionKey(catalog, 'saml:aud').kind).toBe('no-service');
  });
});
