import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.ts';
import { LINT_CODES } from './registry.ts';
import { testCatalog } from './test-catalog.ts';
import { policyText } from './testing.ts';

describe('lintPolicy', () => {
  it('includes the parser problems, raising Allow with NotPrincipal to a security warning', () => {
    const text = policyText([
      {
        Effect: 'Allow',
        NotPrincipal: { AWS: '111122223333' },
        Action: 's3:GetObject',
        Resource: '*',
      },
    ]);
    const finding = lintPolicy(text, 'resource').find((f) => f.code === 'allow-with-not-principal');
    expect(finding?.severity).toBe('security-warning');
    expect(lintPolicy('{"Statement": [', 'identity').map((f) => f.severity)).toContain('error');
  });

  it('makes a duplicate Sid an error in IAM policies and a warning in other resource-based ones', () => {
    const statement = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    const text = policyText([statement, statement]);
    const severity = (type: 'identity' | 'trust' | 'resource') =>
      lintPolicy(text, type).find((f) => f.code === 'duplicate-sid')?.severity;
    expect([severity('identity'), severity('trust'), severity('resource')]).toEqual([
      'error',
      'error',
      'warning',
    ]);
  });

  it('runs the catalog rules only with a catalog, and sorts findings by position', () => {
    const text = policyText([
      { Effect: 'Allow', Action: ['s3:GetObjekt', 's4:Get'], Resource: '*' },
    ]);
    expect(lintPolicy(text, 'identity').map((f) => f.code)).toEqual([]);
    const findings = lintPolicy(text, 'identity', testCatalog());
    expect(findings.map((f) => f.code)).toEqual(['unknown-action', 'unknown-service']);
    expect(findings[0]!.span.start).toBeLessThan(findings[1]!.span.start);
  });

  it('finds nothing in a tidy least-privilege policy', () => {
    const text = policyText([
      {
        Sid: 'Read',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: 'arn:aws:s3:::reports/*',
      },
    ]);
    expect(lintPolicy(text, 'identity', testCatalog())).toEqual([]);
  });

  it('reports text nested too deep to read instead of overflowing the stack', () => {
    const deep = `{"Statement": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(lintPolicy(deep, 'identity', testCatalog()).map((f) => f.code)).toEqual(['too-deep']);
  });

  it('has unique rule codes', () => {
    expect(new Set(LINT_CODES).size).toBe(LINT_CODES.length);
  });
});
