import type { LintSeverity } from '../../core/index.ts';
import type { MarkerSeverityName } from './markers.ts';

/**
 * How each lint severity shows in the editor: Access Analyzer's security warnings are warnings
 * that matter more, which the findings panel (not the squiggle) tells apart; suggestions are
 * information, so they do not count as problems.
 */
export const MARKER_SEVERITY: Record<LintSeverity, MarkerSeverityName> = {
  error: 'error',
  'security-warning': 'warning',
  warning: 'warning',
  suggestion: 'info',
};
