import { useMemo } from 'react';
import type { LineColumn, LintFinding, QuickFix, Span } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { countLabel, groupBySeverity, SEVERITY_LABELS } from './finding-groups.ts';
import { FindingReach } from './FindingReach.tsx';
import { reachRows } from './reach-rows.ts';
import { HiddenChecks } from './HiddenChecks.tsx';
import { lineLocator } from './line-locator.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { ShownPolicyFindings } from './use-policy-findings.ts';

const smallButton =
  'shrink-0 rounded px-1.5 text-[11px] text-zinc-500 hover:bg-zinc-200 hover:text-zinc-800 ' +
  'focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-zinc-400 ' +
  'dark:hover:bg-zinc-800 dark:hover:text-zinc-100';

interface FindingsPanelProps {
  findings: ShownPolicyFindings | undefined;
  /** Selects the finding's text in the editor. */
  onReveal: (span: Span) => void;
  /** Absent while the policy is read-only: no Fix buttons then. */
  onFix?: (fix: QuickFix) => void;
}

/** Rows past this many per severity are counted, not listed: a huge policy can have thousands. */
const LISTED_PER_GROUP = 200;

interface FindingRowProps {
  finding: LintFinding;
  /** The policy and the text linted, for what a broad statement grants. */
  shown: ShownPolicyFindings;
  /** Whether the row shows what its statement grants: at once, or on request (reachRows). */
  reach: boolean | undefined;
  locate: (offset: number) => LineColumn;
  onReveal: (span: Span) => void;
  onFix?: (fix: QuickFix) => void;
  onHide: (code: string) => void;
}

function FindingRow({ finding, shown, reach, locate, onReveal, onFix, onHide }: FindingRowProps) {
  const { line, column } = locate(finding.span.start);
  const fix = finding.fixes?.[0];
  return (
    <li className="group flex flex-wrap items-start gap-1 px-2 hover:bg-zinc-100 dark:hover:bg-zinc-800/60">
      <button
        type="button"
        data-code={finding.code}
        onClick={() => onReveal(finding.span)}
        className="flex min-w-0 flex-1 items-start gap-2 py-0.5 text-left focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        <SeverityIcon severity={finding.severity} />
        <span className="min-w-0 flex-1 text-zinc-800 dark:text-zinc-200">{finding.message}</span>
        <span className="shrink-0 font-mono text-[11px] text-zinc-600 dark:text-zinc-400">
          {finding.code} · Ln {line}, Col {column}
        </span>
      </button>
      {fix && onFix && (
        <button type="button" className={smallButton} title={fix.title} onClick={() => onFix(fix)}>
          Fix
        </button>
      )}
      <button
        type="button"
        className={smallButton}
        aria-label={`Hide check ${finding.code}`}
        title={`Hide every "${finding.code}" finding`}
        onClick={() => onHide(finding.code)}
      >
        Hide
      </button>
      {reach !== undefined && finding.broadStatement !== undefined && (
        <FindingReach
          policyId={shown.policyId}
          document={shown.document}
          statementIndex={finding.broadStatement}
          atOnce={reach}
        />
      )}
    </li>
  );
}

/** A policy's findings grouped by severity with counts; each one selects its text when clicked. */
export function FindingsPanel({ findings, onReveal, onFix }: FindingsPanelProps) {
  const hiddenCodes = useStudio((s) => s.hiddenLintCodes);
  const { hideLintCode, restoreLintCode } = useStudioActions();
  const groups = useMemo(() => groupBySeverity(findings?.findings ?? []), [findings]);
  const locate = useMemo(() => lineLocator(findings?.document ?? ''), [findings]);
  const withReach = useMemo(
    () => reachRows(groups.flatMap((group) => group.findings.slice(0, LISTED_PER_GROUP))),
    [groups],
  );

  return (
    <section
      aria-label="Findings"
      className="flex max-h-56 min-h-24 shrink-0 flex-col overflow-y-auto border-t border-zinc-200 bg-zinc-50 py-1 text-xs dark:border-zinc-800 dark:bg-zinc-950"
    >
      {groups.length === 0 && (
        <p className="px-3 py-1 text-zinc-500 dark:text-zinc-400">
          {findings ? 'No findings.' : 'Checking…'}
        </p>
      )}
      {findings &&
        groups.map((group) => (
          <div key={group.severity} role="group" aria-label={SEVERITY_LABELS[group.severity].many}>
            <h3 className="px-3 pt-1 text-[11px] font-semibold text-zinc-500 dark:text-zinc-400">
              {countLabel(group.severity, group.findings.length)}
            </h3>
            <ul>
              {group.findings.slice(0, LISTED_PER_GROUP).map((finding) => (
                <FindingRow
                  key={`${finding.code}:${finding.span.start}:${finding.span.end}:${finding.message}`}
                  finding={finding}
                  shown={findings}
                  reach={withReach.get(finding)}
                  locate={locate}
                  onReveal={onReveal}
                  onFix={onFix}
                  onHide={hideLintCode}
                />
              ))}
            </ul>
            {group.findings.length > LISTED_PER_GROUP && (
              <p className="px-3 text-zinc-500 dark:text-zinc-400">
                and {group.findings.length - LISTED_PER_GROUP} more
              </p>
            )}
          </div>
        ))}
      <HiddenChecks codes={hiddenCodes} onRestore={restoreLintCode} />
    </section>
  );
}
