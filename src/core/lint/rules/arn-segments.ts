import { arnSegmentProblems } from '../arn-segments.ts';
import type { LintRule } from '../context.ts';

/* See arn-segments.ts. */

export const arnSegments: LintRule = {
  code: 'arn-segments',
  needsCatalog: true,
  check: ({ policy, catalog }) => {
    if (!catalog) return [];
    return policy.statements.flatMap((statement) =>
      (statement.resource?.entries ?? []).flatMap((entry) => arnSegmentProblems(catalog, entry)),
    );
  },
};
