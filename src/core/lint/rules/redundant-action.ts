import { actionListFindings } from '../action-lists.ts';
import type { LintRule } from '../context.ts';
import { redundantEntries } from './redundant-entry.ts';

/* Actions compare case-insensitively ("IAM JSON policy elements: Action"). */

export const redundantAction: LintRule = {
  code: 'redundant-action',
  check: ({ policy }) =>
    actionListFindings(policy.statements, 'redundant-action', (element) =>
      redundantEntries(element, 'redundant-action', true),
    ),
};
