import type { LintRule } from '../context.ts';
import { redundantEntries } from './redundant-entry.ts';

/* ARNs compare case-sensitively ("IAM JSON policy elements: Resource"). */

export const redundantResource: LintRule = {
  code: 'redundant-resource',
  check: ({ policy }) =>
    policy.statements.flatMap((statement) =>
      statement.resource ? redundantEntries(statement.resource, 'redundant-resource', false) : [],
    ),
};
