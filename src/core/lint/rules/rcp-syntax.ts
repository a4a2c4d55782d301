import type { Statement } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import type { LintFinding } from '../finding.ts';

/*
 * "RCP syntax" (AWS Organizations): an RCP's elements are Version, Statement, Sid, Effect,
 * Principal, Action, Resource, NotResource and Condition; "the effect of Allow is only supported
 * for the RCPFullAWSAccess policy", which AWS attaches itself; the Principal is always "*",
 * narrowed with conditions. So NotPrincipal, NotAction, Allow and any other Principal are errors.
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

export const rcpSyntax: LintRule = {
  code: 'rcp-syntax',
  check: ({ policy, policyType }) =>
    policyType === 'rcp' ? policy.statements.flatMap(statementProblems) : [],
};
