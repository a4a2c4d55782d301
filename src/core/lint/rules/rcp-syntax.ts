import type { Node } from 'jsonc-parser';
import type { Policy, Statement } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import { currentVersionFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "RCP syntax" (AWS Organizations): an RCP's elements are Version, Statement, Sid, Effect,
 * Principal, Action, Resource, NotResource and Condition; "the effect of Allow is only supported
 * for the RCPFullAWSAccess policy", which AWS attaches itself; the Principal is always "*",
 * narrowed with conditions. So NotPrincipal, NotAction, Allow and any other Principal are errors.
 * "Every RCP must include a Version element with the value 2012-10-17" (same page).
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */

function error(message: string, span: Statement['effectSpan']): LintFinding {
  return { code: 'rcp-syntax', severity: 'error', message, span };
}

function statementProblems(statement: Statement): LintFinding[] {
  const findings: LintFinding[] = [];
  if (statement.effect === 'Allow') {
    findings.push(
      error(
        'An RCP can only deny: AWS attaches RCPFullAWSAccess, the one RCP that allows. Use "Effect": "Deny"',
        statement.effectSpan,
      ),
    );
  }
  if (statement.action?.negated) {
    findings.push(
      error(
        'RCPs do not support NotAction: list the denied actions in Action',
        statement.action.span,
      ),
    );
  }
  const principal = statement.principal;
  if (principal?.negated) {
    findings.push(
      error(
        'RCPs do not support NotPrincipal: use "Principal": "*" with an aws:PrincipalArn condition',
        principal.span,
      ),
    );
  } else if (principal && principal.entries.some((entry) => entry.value !== '*')) {
    findings.push(
      error(
        'The Principal of an RCP is "*": name principals with conditions such as aws:PrincipalArn',
        principal.span,
      ),
    );
  }
  return findings;
}

function versionProblems(policy: Policy, root: Node): LintFinding[] {
  const version = policy.version;
  if (version?.value === '2012-10-17') return [];
  const finding = error(
    version
      ? `An RCP must have "Version": "2012-10-17", not "${version.value}"`
      : 'An RCP must have "Version": "2012-10-17": add it',
    version?.span ?? { start: root.offset, end: root.offset + 1 },
  );
  finding.fixes = currentVersionFix(version, root);
  return [finding];
}

export const rcpSyntax: LintRule = {
  code: 'rcp-syntax',
  check: ({ policy, policyType, root }) =>
    policyType === 'rcp'
      ? [...versionProblems(policy, root), ...policy.statements.flatMap(statementProblems)]
      : [],
};
