import type { LintRule } from '../context.ts';
import { redundantEntries } from './redundant-entry.ts';

/* Actions compare case-insensitively ("IAM JSON policy elements: Action"). */

export const redundantAction: LintRule = {
  code: 'redundant-action',
  check: ({ policy }) =>
    policy.statements.flatMap((statement) =>
      statement.action ? redundantEntries(statement.action, 'redundant-action', true) : [],
    ),
};
