import { isProtectedAction } from './aws-protected.ts';
import { isPermissionlessAction } from './permissionless-calls.ts';

/** What deciding a request needs to know of its action alone. */
export interface ActionFacts {
  /** In lower case: actions compare case-insensitively. */
  lower: string;
  /** sts:AssumeRole*: the resource-based policy is the role's trust policy. */
  assumeRole: boolean;
  /** A rule of AWS's may decide it: a call that needs no permission, or a change to what AWS owns. */
  awsRuleMayApply: boolean;
}

const LIMIT = 10_000;
const facts = new Map<string, ActionFacts>();

/** The facts of `action`; requests repeat the same few actions, so each is worked out once. */
export function actionFacts(action: string): ActionFacts {
  let known = facts.get(action);
  if (known === undefined) {
    if (facts.size >= LIMIT) facts.clear();
    const lower = action.toLowerCase();
    known = {
      lower,
      assumeRole: lower.startsWith('sts:assumerole'),
      awsRuleMayApply: isPermissionlessAction(lower) || isProtectedAction(lower),
    };
    facts.set(action, known);
  }
  return known;
}
