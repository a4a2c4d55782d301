import type { LintSeverity } from './finding.ts';
import { grantsAccess, type LintRule } from './context.ts';
import type { LintFinding } from './finding.ts';
import { narrowsOn } from './narrowing.ts';
import { coversAction, entryCovering, isUnscoped } from './statement-match.ts';

export interface UnscopedActionCheck {
  code: string;
  action: string;
  severity: LintSeverity;
  /** Lower-case condition keys that scope the action as well as named resources do. */
  scopingKeys: ReadonlySet<string>;
  /** The message, given how the statement leaves the resource open. */
  message(how: string): string;
}

/**
 * A rule reporting Allow statements that grant `action` on every resource ("*", or NotResource;
 * by name, a wildcard or NotAction), unless a condition on one of `scopingKeys` narrows it. Not in
 * a policy that grants nothing by itself (an SCP's FullAWSAccess allows "*" on "*").
 */
export function unscopedActionRule(check: UnscopedActionCheck): LintRule {
  return {
    code: check.code,
    check: ({ policy, policyType }) => {
      if (!grantsAccess(policyType)) return [];
      return policy.statements.flatMap((statement): LintFinding[] => {
        if (statement.effect !== 'Allow' || !coversAction(statement, check.action)) return [];
        if (!isUnscoped(statement) || narrowsOn(statement, check.scopingKeys)) return [];
        const how = statement.resource?.negated ? 'with NotResource' : 'on every resource ("*")';
        return [
          {
            code: check.code,
            severity: check.severity,
            message: check.message(how),
            span: entryCovering(statement, check.action)?.span ?? statement.effectSpan,
          },
        ];
      });
    },
  };
}
