import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test-catalog.ts';
import { applyFirstFix, findingsWithCode, policyText } from '../testing.ts';

const allow = (action: unknown) => policyText([{ Effect: 'Allow', Action: action, Resource: '*' }]);

describe('unknown-service and unknown-action', () => {
  it('reports an unknown service with a did-you-mean fix', () => {
    const text = allow('s4:GetObject');
    const [finding] = findingsWithCode('unknown-service', text, 'identity', testCatalog());
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('did you mean "s3"');
    expect(JSON.parse(applyFirstFix(text, finding!)).Statement[0].Action).toBe('s3:GetObject');
  });

  it('only warns about a retired service that AWS managed policies still name', () => {
    const text = allow(['deepcomposer:ListModels', 'IoT1Click:ListDevices']);
    const findings = findingsWithCode('unknown-service', text, 'identity', testCatalog());
    expect(findings.map((finding) => [finding.severity, finding.message])).toEqual([
      [
        'warning',
        `"deepcomposer" is not in AWS's service reference of 2026-09-26: retired or undocumented; grants nothing today`,
      ],
      [
        'warning',
        `"IoT1Click" is not in AWS's service reference of 2026-09-26: retired or undocumented; grants nothing today`,
      ],
    ]);
    expect(findings.every((finding) => !finding.fixes?.length)).toBe(true);
  });

  it('reports an action misspelt in two statements at each, with a fix of each', () => {
    const text = policyText([
      { Effect: 'Allow', Action: 's3:GetObjekt', Resource: 'arn:aws:s3:::a/*' },
      { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObjekt'], Resource: '*' },
    ]);
    const findings = findingsWithCode('unknown-action', text, 'identity', testCatalog());
    expect(findings.map((finding) => text.slice(finding.span.start, finding.span.end))).toEqual([
      '"s3:GetObjekt"',
      '"s3:GetObjekt"',
    ]);
    expect(findings[0]!.span.start).not.toBe(findings[1]!.span.start);
    const fixed = JSON.parse(applyFirstFix(text, findings[1]!)).Statement;
    expect([fixed[0].Action, fixed[1].Action]).toEqual([
      's3:GetObjekt',
      ['s3:ListBucket', 's3:GetObject'],
    ]);
  });

  it('reports an unknown action with a did-you-mean fix, and a wildcard matching nothing', () => {
    const text = allow(['s3:GetObjekt', 's3:Gett*']);
    const findings = findingsWithCode('unknown-action', text, 'identity', testCatalog());
    expect(findings).toHaveLength(2);
    expect(JSON.parse(applyFirstFix(text, findings[0]!)).Statement[0].Action[0]).toBe(
      's3:GetObject',
    );
  });

  it('is silent for known names, services not loaded yet, and without a catalog', () => {
    const catalog = testCatalog(['lambda']);
    expect(
      findingsWithCode(
        'unknown-action',
        allow(['s3:getobject', 's3:Get*', 'lambda:Nope']),
        'identity',
        catalog,
      ),
    ).toEqual([]);
    expect(
      findingsWithCode(
        'unknown-service',
        allow(['*', 's3:GetObject', '*:Get*']),
        'identity',
        catalog,
      ),
    ).toEqual([]);
    expect(findingsWithCode('unknown-service', allow('s4:GetObject'))).toEqual([]);
  });
});
