import type { Account } from '../../account/model.ts';
import type { CredentialSeverity } from '../credential-finding.ts';
import type { PracticeRuleFinding, PracticeThresholds } from '../practice-findings-model.ts';

/** What every account rule is given besides the account. */
export interface AccountRuleContext {
  /** Epoch milliseconds of "now", which ages are counted from. */
  now: number;
  thresholds: PracticeThresholds;
  /** Whether a group or role of this name is a break-glass (emergency access) one. */
  isBreakGlass(name: string): boolean;
}

export interface AccountRule {
  code: string;
  severity: CredentialSeverity;
  source: string;
  check(account: Account, context: AccountRuleContext): PracticeRuleFinding[];
}

/**
 * Break-glass access: the groups or roles kept for emergencies, named so by convention. The
 * default takes a name that says break-glass or emergency; a team's own convention is an option.
 */
export const BREAK_GLASS_NAME = /break[-_ .]?glass|emergency/i;
