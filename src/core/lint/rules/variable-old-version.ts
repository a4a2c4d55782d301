import type { LintRule } from '../context.ts';
import { variablesSupported } from '../context.ts';
import { conditionValueUses, FAMILIES_WITH_VARIABLES } from '../conditions.ts';
import { currentVersionFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { hasVariable } from '../variable-scan.ts';

/*
 * Policy variables need "Version": "2012-10-17"; in a 2008-10-17 policy, or one without Version,
 * `${aws:username}` is literal text ("IAM JSON policy elements: Version"; IAM Access Analyzer:
 * "Variable unsupported in version").
 */

export const variableOldVersion: LintRule = {
  code: 'variable-old-version',
  check: ({ policy, root }) => {
    if (variablesSupported(policy)) return [];
    const resources = policy.statements.flatMap((statement) => statement.resource?.entries ?? []);
    const values = conditionValueUses(policy)
      .filter((use) => FAMILIES_WITH_VARIABLES.has(use.family))
      .map((use) => use.value);
    const version = policy.version;
    const fixes = currentVersionFix(version, root);
    return [...resources, ...values]
      .filter((entry) => hasVariable(entry.value))
      .map((entry): LintFinding => ({
        code: 'variable-old-version',
        severity: 'error',
        message: `"${entry.value}" holds a policy variable, but ${version ? `Version ${version.value}` : 'a policy without Version'} reads it as literal text: use "Version": "2012-10-17"`,
        span: entry.span,
        fixes,
      }));
  },
};
