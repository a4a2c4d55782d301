import { describe, expect, it } from 'vitest';
import { CREDENTIAL_RULES, type CredentialFinding } from '../../../core/index.ts';
import { CHECKLIST, checklistState } from './checklist.ts';

const item = (code: string) => CHECKLIST.find((candidate) => candidate.code === code)!;
const found = (code: string) => ({ code }) as CredentialFinding;

describe('best-practices checklist', () => {
  it('has one item per credential-report rule, each with a sentence', () => {
    expect(CHECKLIST.map((entry) => entry.code)).toEqual(CREDENTIAL_RULES.map((rule) => rule.code));
    for (const entry of CHECKLIST) expect(entry.title).not.toBe(entry.code);
  });

  it('asks for a credential report before anything is imported', () => {
    expect(checklistState(item('root-without-mfa'), { privilegedKnown: false })).toEqual({
      state: 'unknown',
      missing: ['credential report'],
    });
  });

  it('fails an item with its findings and passes one with none', () => {
    const inputs = {
      findings: [found('root-without-mfa'), found('root-without-mfa')],
      privilegedKnown: false,
    };
    expect(checklistState(item('root-without-mfa'), inputs)).toEqual({
      state: 'fail',
      findings: 2,
    });
    expect(checklistState(item('root-access-key'), inputs)).toEqual({ state: 'pass' });
  });

  it('asks for the account before judging privileged users, even with a report', () => {
    const privileged = item('privileged-without-mfa');
    expect(checklistState(privileged, { findings: [], privilegedKnown: false })).toEqual({
      state: 'unknown',
      missing: ['account'],
    });
    expect(checklistState(privileged, { findings: [], privilegedKnown: true })).toEqual({
      state: 'pass',
    });
  });
});
