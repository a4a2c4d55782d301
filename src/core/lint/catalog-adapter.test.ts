import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled.ts';
import { parsePolicy } from '../policy/parse.ts';
import { lintCatalogOf, loadServicesFor, servicesNamedIn } from './catalog-adapter.ts';
import { lintPolicy } from './lint-policy.ts';
import { policyText } from './testing.ts';

describe('the lint port over the bundled catalog', () => {
  const text = policyText([
    {
      Effect: 'Allow',
      Action: ['s3:GetObjekt', 'ec2:Describe*'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 'x', 'aws:SourceIp': '1.2.3.4' } },
    },
  ]);

  it('names the services a policy uses', () => {
    expect(servicesNamedIn(parsePolicy(text).policy).sort()).toEqual(['ec2', 'kms', 's3']);
  });

  it('checks a service only once it is loaded', async () => {
    const catalog = bundledCatalog();
    const port = lintCatalogOf(catalog);
    const unknown = () =>
      lintPolicy(text, 'identity', port).filter((f) => f.code === 'unknown-action');
    expect(unknown()).toEqual([]);
    await loadServicesFor(catalog, text);
    expect(unknown().map((f) => f.message)).toEqual([
      's3 has no action "GetObjekt": did you mean "s3:GetObject"?',
    ]);
    expect(port.service('S3')?.actions.length).toBeGreaterThan(100);
    expect(port.hasService('deepracer')).toBe(false);
  });
});
