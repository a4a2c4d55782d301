import type { LintFinding, LintSeverity } from '../../../core/index.ts';
import { SEVERITY_ORDER } from '../../../analysis/policy-findings.ts';

export const SEVERITY_LABELS: Record<LintSeverity, { one: string; many: string }> = {
  error: { one: 'error', many: 'errors' },
  'security-warning': { one: 'security warning', many: 'security warnings' },
  warning: { one: 'warning', many: 'warnings' },
  suggestion: { one: 'suggestion', many: 'suggestions' },
};

export function countLabel(severity: LintSeverity, count: number): string {
  const label = SEVERITY_LABELS[severity];
  return `${count} ${count === 1 ? label.one : label.many}`;
}

export interface SeverityGroup {
  severity: LintSeverity;
  findings: LintFinding[];
}

/** Non-empty groups, most severe first; findings keep their order in the text. */
export function groupBySeverity(findings: readonly LintFinding[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((finding) => finding.severity === severity),
  })).filter((group) => group.findings.length > 0);
}
