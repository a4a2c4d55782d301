import { describe, expect, it } from 'vitest';
import { CHECKLIST_PRACTICES } from './checklist-practices.ts';
import { practiceChecklist, RULE_INPUTS } from './checklist.ts';
import type { PracticeFindings } from './practice-findings.ts';
import type { PracticeFinding, PracticeInput } from './practice-findings-model.ts';

function finding(code: string): PracticeFinding {
  return {
    code,
    severity: 'high',
    input: RULE_INPUTS.get(code)!,
    subject: 'arn:aws:iam::123456789012:user/u',
    name: 'u',
    message: '',
    evidence: {},
    remedy: '',
    source: '',
  };
}

function result(
  checked: PracticeInput[],
  codes: string[] = [],
  privilegedKnown = checked.includes('account'),
): PracticeFindings {
  return { findings: codes.map(finding), checked, privilegedKnown };
}

const item = (results: PracticeFindings, id: string) => {
  const found = practiceChecklist(results).find((practice) => practice.id === id);
  if (!found) throw new Error(`no practice ${id}`);
  return { state: found.state, found: found.found, missing: found.missing, summary: found.summary };
};

describe('practiceChecklist', () => {
  it('links every rule to a practice, and each practice only to rules', () => {
    const linked = new Set(CHECKLIST_PRACTICES.flatMap((practice) => practice.codes));
    expect([...RULE_INPUTS.keys()].filter((code) => !linked.has(code))).toEqual([]);
    expect([...linked].filter((code) => !RULE_INPUTS.has(code))).toEqual([]);
  });

  it('asks for what to import when nothing was', () => {
    const items = practiceChecklist(result([]));
    expect(items.every((practice) => practice.state === 'not-checked')).toBe(true);
    expect(item(result([]), 'protect-root-user')).toEqual({
      state: 'not-checked',
      found: {},
      missing: ['credential-report', 'cloudtrail'],
      summary: 'Import a credential report or CloudTrail logs to check this',
    });
  });

  it('passes a practice that what was imported finds nothing against, naming what is left', () => {
    expect(item(result(['credential-report']), 'protect-root-user')).toEqual({
      state: 'pass',
      found: {},
      missing: ['cloudtrail'],
      summary: 'No finding; import CloudTrail logs to check the rest',
    });
    expect(item(result(['credential-report', 'cloudtrail']), 'protect-root-user')).toMatchObject({
      state: 'pass',
      missing: [],
      summary: 'No finding',
    });
  });

  it('fails a practice with a finding of its codes, counted per code', () => {
    const results = result(['cloudtrail'], ['root-activity', 'root-activity', 'long-term-key-use']);
    expect(item(results, 'protect-root-user')).toEqual({
      state: 'fail',
      found: { 'root-activity': 2 },
      missing: ['credential-report'],
      summary: '2 findings (root-activity); import a credential report to check the rest',
    });
    expect(item(results, 'workloads-temporary-credentials').state).toBe('fail');
    expect(item(results, 'least-privilege').state).toBe('not-checked');
  });

  it('counts privileged users without MFA as checked only when the privileged users were known', () => {
    // MFA's codes read the credential report, CloudTrail, and the account for privileged users.
    expect(item(result(['credential-report'], [], false), 'require-mfa').missing).toEqual([
      'account',
      'cloudtrail',
    ]);
    expect(item(result(['credential-report'], [], true), 'require-mfa').missing).toEqual([
      'cloudtrail',
    ]);
    expect(item(result(['account']), 'require-mfa')).toMatchObject({
      state: 'not-checked',
      missing: ['credential-report', 'cloudtrail'],
    });
  });

  it('checks the account-only practices from the account alone', () => {
    expect(
      item(result(['account'], ['user-direct-policies']), 'permissions-through-groups'),
    ).toEqual({
      state: 'fail',
      found: { 'user-direct-policies': 1 },
      missing: [],
      summary: '1 finding (user-direct-policies)',
    });
    expect(item(result(['account']), 'support-role').state).toBe('pass');
  });
});
