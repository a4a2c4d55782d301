import { unconditionalAllowNote } from '../absent-key.ts';
import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { conditionKeyType } from '../key-types.ts';

/*
 * A condition key is `prefix:name`: aws: for global keys, the service prefix for service keys, the
 * provider for identity provider claims ("IAM JSON policy elements: Condition"; IAM Access
 * Analyzer: "Invalid condition key format", an error). A key without a prefix is never in a
 * request; `SourceIp` was probably meant as aws:SourceIp, which is offered when it is a global key.
 */

export const conditionKeyFormat: LintRule = {
  code: 'condition-key-format',
  check: ({ policy, catalog }) =>
    conditionUseFindings(
      conditionKeyUses(policy),
      'condition-key-format',
      ({ statement, block, entry }): LintFinding[] => {
        const colon = entry.key.indexOf(':');
        if (colon > 0 && colon < entry.key.length - 1) return [];
        const name = entry.key.replace(/:/g, '');
        const global = name !== '' && conditionKeyType(`aws:${name}`, catalog) !== undefined;
        const finding: LintFinding = {
          code: 'condition-key-format',
          severity: 'error',
          message:
            `"${entry.key}" is not a condition key: write prefix:name, ` +
            (global ? `here aws:${name}` : 'e.g. aws:SourceIp or s3:prefix') +
            unconditionalAllowNote(statement, block),
          span: entry.keySpan,
        };
        if (global) {
          finding.fixes = replaceFix(`Change to "aws:${name}"`, entry.keySpan, `"aws:${name}"`);
        }
        return [finding];
      },
    ),
};
