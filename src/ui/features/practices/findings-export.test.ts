import { describe, expect, it } from 'vitest';
import type { CredentialFinding } from '../../../core/index.ts';
import { findingsCsv, findingsJson } from './findings-export.ts';

const FINDING: CredentialFinding = {
  code: 'two-active-keys',
  severity: 'low',
  user: '=HYPERLINK("http://example.com")',
  arn: 'arn:aws:iam::123456789012:user/x',
  line: 5,
  message: 'Two access keys are active',
  evidence: { access_key_1_active: 'true', access_key_2_active: 'true' },
  remedy: 'Deactivate one, then delete it',
  source: 'CIS 1.13',
};

describe('findings export', () => {
  it('writes CSV with quoted cells, the evidence as pairs, and a formula-looking name kept as text', () => {
    expect(findingsCsv([FINDING]).split('\r\n')).toEqual([
      'severity,code,user,arn,line,message,evidence,remedy,source',
      `low,two-active-keys,"'=HYPERLINK(""http://example.com"")",arn:aws:iam::123456789012:user/x,5,Two access keys are active,access_key_1_active=true; access_key_2_active=true,"Deactivate one, then delete it",CIS 1.13`,
      '',
    ]);
  });

  it('writes JSON with the time ages were counted from', () => {
    expect(JSON.parse(findingsJson([FINDING], '2026-12-01T00:00:00.000Z'))).toEqual({
      now: '2026-12-01T00:00:00.000Z',
      findings: [FINDING],
    });
  });
});
