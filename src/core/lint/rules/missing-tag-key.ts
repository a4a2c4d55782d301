import type { LintRule } from '../context.ts';
import { conditionUseFindings } from '../condition-sets.ts';
import { conditionKeyUses } from '../conditions.ts';
import type { LintFinding } from '../finding.ts';
import { keyPrefix, placeholderPrefix } from '../key-names.ts';

/*
 * Tag condition keys name the tag: aws:RequestTag/${TagKey}, aws:ResourceTag/${TagKey},
 * aws:PrincipalTag/${TagKey} and service keys documented with a placeholder ("Controlling access
 * to AWS resources using tags"; IAM Access Analyzer: "Missing tag key in condition").
 */

const GLOBAL_TAG_KEYS = ['aws:RequestTag/', 'aws:ResourceTag/', 'aws:PrincipalTag/'];

export const missingTagKey: LintRule = {
  code: 'missing-tag-key',
  check: ({ policy, catalog }) => {
    const prefixesOf = (key: string): string[] => {
      const service = keyPrefix(key);
      if (service === 'aws' || !catalog) return GLOBAL_TAG_KEYS;
      const keys = catalog.service(service)?.conditionKeys ?? [];
      if (keys.some((documented) => documented.name.toLowerCase() === key.toLowerCase())) return [];
      return keys
        .map((documented) => placeholderPrefix(documented.name))
        .filter((prefix): prefix is string => prefix !== undefined);
    };
    return conditionUseFindings(
      conditionKeyUses(policy),
      'missing-tag-key',
      ({ entry }): LintFinding[] => {
        const key = entry.key.toLowerCase();
        const prefix = prefixesOf(entry.key).find(
          (candidate) =>
            key === candidate.toLowerCase() || key === candidate.toLowerCase().replace(/\/$/, ''),
        );
        if (!prefix) return [];
        return [
          {
            code: 'missing-tag-key',
            severity: 'error',
            message: `"${entry.key}" needs the tag key after the slash, e.g. "${prefix.replace(/\/?$/, '/')}team"`,
            span: entry.keySpan,
          },
        ];
      },
    );
  },
};
