import { CREDENTIAL_RULES, type CredentialFinding } from '../../../core/index.ts';

/** The studio's inputs an item of the checklist reads. */
export type ChecklistInput = 'credential report' | 'account';

export interface ChecklistItem {
  /** The finding code whose findings fail the item. */
  code: string;
  title: string;
  source: string;
  needs: readonly ChecklistInput[];
}

export type ChecklistState =
  | { state: 'pass' }
  | { state: 'fail'; findings: number }
  | { state: 'unknown'; missing: ChecklistInput[] };

/** What was imported, as the checklist reads it. */
export interface ChecklistInputs {
  /** The credential report's findings; undefined while no report is read. */
  findings?: readonly CredentialFinding[];
  /** Whether the account's privileged users were known when the report was checked. */
  privilegedKnown: boolean;
}

/** A practice in a sentence, per credential-report finding code. */
const TITLES: Record<string, string> = {
  'root-used-recently': 'Do not use the root user for everyday tasks',
  'root-access-key': 'The root user has no access keys',
  'root-without-mfa': 'The root user has MFA (hardware MFA preferred)',
  'privileged-without-mfa': 'Privileged users have MFA',
  'console-without-mfa': 'Every user with a console password has MFA',
  'access-key-not-rotated': 'Access keys are rotated',
  'access-key-unused': 'Unused access keys are disabled',
  'access-key-never-used': 'No access key is created before it is needed',
  'two-active-keys': 'One active access key per user',
  'password-unused': 'Unused passwords are removed',
  'user-inactive': 'Users with no activity are removed',
};

/** The practices the credential report checks, in the rules' order. */
export const CHECKLIST: readonly ChecklistItem[] = CREDENTIAL_RULES.map((rule) => ({
  code: rule.code,
  title: TITLES[rule.code] ?? rule.code,
  source: rule.source,
  needs:
    rule.code === 'privileged-without-mfa'
      ? ['credential report', 'account']
      : ['credential report'],
}));

/** An item's state from what was imported: pass, fail with its findings, or what to import. */
export function checklistState(item: ChecklistItem, inputs: ChecklistInputs): ChecklistState {
  const missing = item.needs.filter((input) =>
    input === 'account' ? !inputs.privilegedKnown : inputs.findings === undefined,
  );
  if (missing.length > 0 || inputs.findings === undefined) return { state: 'unknown', missing };
  const findings = inputs.findings.filter((finding) => finding.code === item.code).length;
  return findings > 0 ? { state: 'fail', findings } : { state: 'pass' };
}
