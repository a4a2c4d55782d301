import { ACCOUNT_RULES } from './account-rules/registry.ts';
import { CHECKLIST_PRACTICES, type ChecklistPractice } from './checklist-practices.ts';
import { CLOUDTRAIL_RULES } from './cloudtrail-rules/registry.ts';
import { CREDENTIAL_RULES } from './credential-rules/registry.ts';
import type { PracticeFindings } from './practice-findings.ts';
import type { PracticeInput } from './practice-findings-model.ts';

/**
 * pass: nothing found by what was imported; fail: a finding; not-checked: none of the inputs the
 * practice reads was imported.
 */
export type ChecklistState = 'pass' | 'fail' | 'not-checked';

export interface ChecklistItem extends ChecklistPractice {
  state: ChecklistState;
  /** The practice's codes that have findings, and how many. */
  found: Record<string, number>;
  /** Inputs the practice reads that were not imported: "import X to check this". */
  missing: PracticeInput[];
  /** The state in a sentence, naming what to import when something is missing. */
  summary: string;
}

/** The input each rule reads, by code. */
export const RULE_INPUTS: ReadonlyMap<string, PracticeInput> = new Map([
  ...CREDENTIAL_RULES.map((rule) => [rule.code, 'credential-report'] as const),
  ...ACCOUNT_RULES.map((rule) => [rule.code, 'account'] as const),
  ...CLOUDTRAIL_RULES.map((rule) => [rule.code, 'cloudtrail'] as const),
]);

const INPUT_NAMES: Record<PracticeInput, string> = {
  'credential-report': 'a credential report',
  account: 'the account (get-account-authorization-details)',
  cloudtrail: 'CloudTrail logs',
};

/** The inputs a code's rule reads: privileged-without-mfa reads the account's privileged users too. */
function needsOf(code: string): PracticeInput[] {
  const input = RULE_INPUTS.get(code);
  if (input === undefined) return [];
  return code === 'privileged-without-mfa' ? [input, 'account'] : [input];
}

/** Whether a code's rule ran on everything it reads. */
function checkedCode(code: string, result: PracticeFindings): boolean {
  return needsOf(code).every(
    (input) =>
      result.checked.includes(input) ||
      (input === 'account' && code === 'privileged-without-mfa' && result.privilegedKnown),
  );
}

function summaryOf(state: ChecklistState, found: Record<string, number>, missing: PracticeInput[]) {
  const imports = missing.map((input) => INPUT_NAMES[input]).join(' or ');
  if (state === 'not-checked') return `Import ${imports} to check this`;
  const count = Object.values(found).reduce((sum, n) => sum + n, 0);
  const verdict =
    state === 'fail'
      ? `${count === 1 ? '1 finding' : `${count} findings`} (${Object.keys(found).join(', ')})`
      : 'No finding';
  return missing.length === 0 ? verdict : `${verdict}; import ${imports} to check the rest`;
}

/** Each practice of CHECKLIST_PRACTICES with its state from what was imported and found. */
export function practiceChecklist(result: PracticeFindings): ChecklistItem[] {
  const counts = new Map<string, number>();
  for (const finding of result.findings)
    counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return CHECKLIST_PRACTICES.map((practice) => {
    const unchecked = practice.codes.filter((code) => !checkedCode(code, result));
    const missing = [...new Set(unchecked.flatMap(needsOf))].filter(
      (input) => !result.checked.includes(input),
    );
    const found = Object.fromEntries(
      practice.codes.flatMap((code) => {
        const count = counts.get(code);
        return count === undefined ? [] : [[code, count]];
      }),
    );
    const state: ChecklistState =
      Object.keys(found).length > 0
        ? 'fail'
        : unchecked.length === practice.codes.length
          ? 'not-checked'
          : 'pass';
    return { ...practice, state, found, missing, summary: summaryOf(state, found, missing) };
  });
}
