import type { PrincipalEntry } from '../../policy/model.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { oidcProvider } from './oidc-trust.ts';

/*
 * Each kind of principal assumes a role through its own STS action: users of a SAML provider with
 * sts:AssumeRoleWithSAML, of a web identity (OIDC) provider with sts:AssumeRoleWithWebIdentity,
 * AWS principals and services with sts:AssumeRole ("IAM JSON policy elements: Principal",
 * federated principals; IAM Access Analyzer: "Mismatched action for principal", an error). An
 * assume-role action that no principal of the statement can call grants nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */

const ASSUME_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
];

function assumeActionOf(entry: PrincipalEntry): string {
  if (entry.kind !== 'Federated') return 'sts:AssumeRole';
  return oidcProvider(entry) ? 'sts:AssumeRoleWithWebIdentity' : 'sts:AssumeRoleWithSAML';
}

export const trustActionMismatch: LintRule = {
  code: 'trust-action-mismatch',
  check: ({ policy, policyType }) => {
    if (policyType !== 'trust') return [];
    return policy.statements.flatMap((statement): LintFinding[] => {
      const principals = statement.principal?.negated ? [] : (statement.principal?.entries ?? []);
      const action = statement.action;
      if (principals.length === 0 || !action || action.negated) return [];
      const fitting = new Set(principals.map(assumeActionOf));
      return action.entries.flatMap((entry): LintFinding[] => {
        const named = ASSUME_ACTIONS.find(
          (name) => name.toLowerCase() === entry.value.toLowerCase(),
        );
        if (!named || fitting.has(named)) return [];
        const wanted = [...fitting];
        const finding: LintFinding = {
          code: 'trust-action-mismatch',
          severity: 'error',
          message:
            `${named} is not how ${principals.map((p) => `"${p.value}"`).join(', ')} assume${principals.length === 1 ? 's' : ''} a role: ` +
            `use ${wanted.join(' or ')}`,
          span: entry.span,
        };
        if (wanted.length === 1) {
          finding.fixes = replaceValueFix(`Change to ${wanted[0]}`, entry, wanted[0]!);
        }
        return [finding];
      });
    });
  },
};
