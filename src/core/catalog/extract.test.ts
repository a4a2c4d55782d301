import { describe, expect, it } from 'vitest';
import { catalogFiles, extractCatalog, shortDescription, type RawService } from './extract.ts';

const SERVICE: RawService = {
  prefix: 'demo',
  name: 'Demo Service',
  actions: [
    {
      name: 'PutThing',
      description: 'Grants permission to put a thing. Deprecated: use PutThings',
      accessLevel: 'Tagging, Write',
      resourceTypes: [{ name: 'Thing', required: true, conditionKeys: ['demo:Color'] }],
      conditionKeys: ['aws:RequestTag/${TagKey}'],
    },
    {
      name: 'GetThing',
      description: 'Grants permission to get a thing',
      accessLevel: 'Read',
      resourceTypes: [{ name: 'thing', required: false }],
    },
  ],
  resourceTypes: [{ key: 'thing', arn: 'arn:${Partition}:demo:${Region}:${Account}:thing/${Id}' }],
  conditionKeys: [
    { key: 'aws:RequestTag/${TagKey}', type: 'String' },
    { key: 'demo:Color', type: 'String' },
  ],
};

describe('extractCatalog', () => {
  const extracted = extractCatalog({
    version: '1.2.3',
    updatedAt: new Date('2026-09-26T04:46:59Z'),
    services: [SERVICE],
    globalConditionKeys: [{ key: 'aws:PrincipalTag/tag-key', type: 'String' }],
  });

  it('writes the index with the data date, services and normalised global keys', () => {
    expect(extracted.index).toEqual({
      v: '1.2.3',
      d: '2026-09-26',
      s: [['demo', 'Demo Service']],
      g: [['aws:PrincipalTag/${TagKey}', 'String']],
      n: {},
    });
  });

  it('sorts actions, keeps the specific access level and refers to types and keys by index', () => {
    expect(extracted.services.get('demo')?.a).toEqual([
      ['GetThing', 'R', 'get a thing', [[0, 0, []]], [], 0],
      ['PutThing', 'T', 'put a thing', [[0, 1, [1]]], [0], 1],
    ]);
  });

  it('fails loudly on an access level it does not know', () => {
    const odd = { ...SERVICE, actions: [{ ...SERVICE.actions[1]!, accessLevel: 'Admin' }] };
    expect(() =>
      extractCatalog({
        version: '1',
        updatedAt: new Date(),
        services: [odd],
        globalConditionKeys: [],
      }),
    ).toThrow(/level Admin/);
  });

  it('serialises compact JSON, one file per service', () => {
    const files = catalogFiles(extracted);
    expect([...files.keys()]).toEqual(['index.json', 'services/demo.json']);
    expect(files.get('services/demo.json')).not.toContain('\n ');
  });
});

describe('shortDescription', () => {
  it('drops the "Grants permission to" opening and keeps the first sentence', () => {
    expect(shortDescription('Grants permission to list buckets. More text.')).toBe('list buckets');
  });

  it('shortens very long sentences', () => {
    const long = shortDescription(`Grants permission to ${'x'.repeat(400)}`);
    expect(long.length).toBe(160);
    expect(long.endsWith('…')).toBe(true);
  });
});
