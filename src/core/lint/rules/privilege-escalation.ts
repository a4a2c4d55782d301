import type { ActionElement, Statement } from '../../policy/model.ts';
import { sharedActionList, type SharedActionList } from '../action-lists.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard, literalPrefix } from '../glob.ts';
import { coversAction, entryCovering } from '../statement-match.ts';

/*
 * Permissions that let a principal give itself more permissions (Rhino Security Labs, "AWS IAM
 * Privilege Escalation – Methods and Mitigation"; the IAM User Guide's "Security best practices in
 * IAM": grant least privilege, and "Granting a user permissions to pass a role"). Each line is a
 * set of actions that together escalate; the policy allows all of them in some Allow statement.
 * Resources and conditions are not weighed: the finding asks for a review, it is not proof.
 */

const ESCALATIONS: string[][] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy'],
  ['iam:AddUserToGroup'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['lambda:UpdateFunctionCode'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['glue:UpdateDevEndpoint'],
  ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
];

const ESCALATING = [...new Set(ESCALATIONS.flat())];
const LOWER = new Map(ESCALATING.map((action) => [action, action.toLowerCase()]));

/** The escalating actions an Action entry may match: by name, or by its text before a wildcard. */
function actionsNamedBy(entry: string): string[] {
  const lower = entry.toLowerCase();
  if (!hasWildcard(lower)) return ESCALATING.filter((action) => LOWER.get(action) === lower);
  const prefix = literalPrefix(lower);
  return ESCALATING.filter((action) => LOWER.get(action)!.startsWith(prefix));
}

/** The escalating actions a list may grant, worked out once per list the policy repeats. */
function namedByList(element: ActionElement, known: Map<SharedActionList, readonly string[]>) {
  const list = sharedActionList(element);
  let named = known.get(list);
  if (!named) {
    named = element.negated
      ? ESCALATING
      : [...new Set(element.entries.flatMap((entry) => actionsNamedBy(entry.value)))];
    known.set(list, named);
  }
  return named;
}

/** For each escalating action, the first statement that allows it, in one pass over the policy. */
function firstAllowing(statements: Statement[]): Map<string, Statement> {
  const found = new Map<string, Statement>();
  const known = new Map<SharedActionList, readonly string[]>();
  for (const statement of statements) {
    if (!statement.action) continue;
    for (const action of namedByList(statement.action, known)) {
      if (!found.has(action) && coversAction(statement, action)) found.set(action, statement);
    }
  }
  return found;
}

export const privilegeEscalation: LintRule = {
  code: 'privilege-escalation',
  check: ({ policy, policyType }) => {
    if (policyType !== 'identity') return [];
    const allows = policy.statements.filter((statement) => statement.effect === 'Allow');
    const allowing = firstAllowing(allows);
    const byAnchor = new Map<string, { finding: LintFinding; paths: string[] }>();
    for (const path of ESCALATIONS) {
      if (!path.every((action) => allowing.has(action))) continue;
      const first = path[0] as string;
      const statement = allowing.get(first) as Statement;
      const span = entryCovering(statement, first)?.span ?? statement.effectSpan;
      const anchor = `${span.start}:${span.end}`;
      const group = byAnchor.get(anchor) ?? {
        finding: { code: 'privilege-escalation', severity: 'security-warning', message: '', span },
        paths: [],
      };
      group.paths.push(path.join(' + '));
      byAnchor.set(anchor, group);
    }
    return [...byAnchor.values()].map(({ finding, paths }) => ({
      ...finding,
      message:
        `The policy allows actions that let the principal raise its own permissions: ${paths.join('; ')}. ` +
        'Grant them only to administrators, on named resources',
    }));
  },
};
