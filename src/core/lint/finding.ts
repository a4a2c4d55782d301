import type { Span } from '../policy/model.ts';

export type LintSeverity = 'error' | 'security-warning' | 'warning' | 'suggestion';

/** Replace the text at `span` with `text` (an empty span inserts, an empty text deletes). */
export interface TextEdit {
  span: Span;
  text: string;
}

/** A fix the editor can offer as a code action: edits applied together, spans in the original text. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

export interface LintFinding {
  /** Stable: users hide findings by code, tests and the command line refer to it. */
  code: string;
  severity: LintSeverity;
  /** What is wrong and how to fix it. */
  message: string;
  span: Span;
  fixes?: QuickFix[];
  /**
   * Set when the finding says a statement grants more than it looks (a wildcard, NotAction,
   * NotResource, a negated condition): that statement's index, whose reach is shown with it.
   */
  broadStatement?: number;
}
