import type { LintRule } from '../context.ts';
import { conditionValueUses } from '../conditions.ts';
import { replaceFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { hasWildcard } from '../glob.ts';

/*
 * Only StringLike and StringNotLike read `*` and `?` as wildcards; StringEquals compares them as
 * characters ("IAM JSON policy elements: Condition operators"; IAM Access Analyzer: "Wildcard
 * without like operator"). `${*}` and `${?}` are the escapes for literal characters.
 */

const LIKE: Record<string, string> = {
  StringEquals: 'StringLike',
  StringNotEquals: 'StringNotLike',
};

export const wildcardWithoutLike: LintRule = {
  code: 'wildcard-without-like',
  check: ({ policy }) =>
    conditionValueUses(policy).flatMap(({ block, family, value }): LintFinding[] => {
      const base = block.operator.base;
      if (family !== 'String' || base.includes('Like')) return [];
      if (!hasWildcard(value.value.replace(/\$\{[*?]\}/g, ''))) return [];
      const like = LIKE[base];
      const finding: LintFinding = {
        code: 'wildcard-without-like',
        severity: 'warning',
        message: like
          ? `${base} compares "*" and "?" as plain characters: use ${like} for wildcards`
          : `${base} compares "*" and "?" as plain characters; only StringLike and StringNotLike match wildcards`,
        span: value.span,
      };
      if (like) {
        const raw = block.operator.raw.replace(base, like);
        finding.fixes = replaceFix(`Use ${like}`, block.operator.span, JSON.stringify(raw));
      }
      return [finding];
    }),
};
