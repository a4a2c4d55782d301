import { arnSegmentProblems } from '../arn-segments.ts';
import type { LintRule } from '../context.ts';
import { resourceEntryFindings } from '../resource-entries.ts';

/* See arn-segments.ts. */

export const arnSegments: LintRule = {
  code: 'arn-segments',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return resourceEntryFindings(policy.statements, (entry) => arnSegmentProblems(catalog, entry));
  },
};
