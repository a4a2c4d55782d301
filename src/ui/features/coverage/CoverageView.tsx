import type { PolicyCoverage, StatementUse } from '../../../core/index.ts';
import { selectCoverage, type SourceSizes } from '../../../store/coverage-selectors.ts';
import type { CoverageSources } from '../../../store/requests-slice.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { labelClass } from '../simulator/classes.ts';
import { counted, percentText, statementLabel, uncountedNote } from './coverage-text.ts';

function SourceChoice({ sizes, sources }: { sizes: SourceSizes; sources: CoverageSources }) {
  const { setCoverageSources } = useStudioActions();
  const choices: { key: keyof CoverageSources; label: string; size?: number; unit: string }[] = [
    { key: 'requests', label: 'Request table', size: sizes.requests, unit: 'request' },
    { key: 'matrix', label: 'Matrix', size: sizes.matrix, unit: 'cell' },
    { key: 'cloudTrail', label: 'CloudTrail calls', size: sizes.cloudTrail, unit: 'event' },
  ];
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className={`${labelClass} mb-1`}>Count the decisions of</legend>
      {choices
        .filter((choice) => choice.size !== undefined)
        .map(({ key, label, size, unit }) => (
          <label key={key} className="flex items-center gap-1 text-xs">
            <input
              type="checkbox"
              checked={sources[key]}
              onChange={(event) => setCoverageSources({ [key]: event.target.checked })}
            />
            {label}
            <span className="text-zinc-500 dark:text-zinc-400">({counted(size ?? 0, unit)})</span>
          </label>
        ))}
    </fieldset>
  );
}

function NeverUsed({ policy }: { policy: PolicyCoverage }) {
  const actions = useStudioActions();
  const reveal = (statement: StatementUse) => {
    actions.selectPolicy(policy.policyId);
    actions.revealStatement({ policyId: policy.policyId, span: statement.span });
  };
  if (policy.neverUsed.length === 0) return null;
  return (
    <>
      <p className={`${labelClass} mt-1.5`}>Never used</p>
      <ul aria-label="Never used" className="flex flex-col gap-0.5">
        {policy.neverUsed.map((statement) => (
          <li key={statement.index}>
            <button
              type="button"
              onClick={() => reveal(statement)}
              className="w-full rounded px-1 py-0.5 text-left font-mono text-xs text-zinc-600 hover:bg-zinc-200 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              {statementLabel(statement)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function PolicyRow({ policy }: { policy: PolicyCoverage }) {
  const name = policy.name ?? policy.policyId;
  const note = uncountedNote(policy);
  return (
    <li
      aria-label={name}
      className="border-b border-zinc-200 px-3 py-2 last:border-b-0 dark:border-zinc-800"
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="truncate text-sm font-medium">{name}</span>
        <span aria-label="Coverage" className="font-mono text-sm tabular-nums">
          {policy.percent === null ? '–' : `${policy.percent}%`}
        </span>
      </div>
      {policy.percent !== null && (
        <div className="mt-1 h-1.5 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
          <div className="h-full rounded bg-emerald-500" style={{ width: `${policy.percent}%` }} />
        </div>
      )}
      <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{percentText(policy)}</p>
      {note && <p className="text-xs text-zinc-500 dark:text-zinc-400">{note}</p>}
      <NeverUsed policy={policy} />
    </li>
  );
}

/**
 * Statement coverage: per policy, the share of its statements that decided at least one request
 * of the chosen sources, and those that decided none (dimmed in the editor while this is shown).
 */
export function CoverageView() {
  const { shown, sources } = useStudio((s) => ({
    shown: selectCoverage(s),
    sources: s.coverageSources,
  }));
  if (!shown) {
    return (
      <p role="status" className="px-3 py-2 text-xs text-zinc-500 dark:text-zinc-400">
        Simulating…
      </p>
    );
  }
  const { coverage, sizes } = shown;
  return (
    <section aria-label="Statement coverage" className="flex flex-col">
      <div className="flex flex-col gap-1 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <SourceChoice sizes={sizes} sources={sources} />
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-300">
          A statement is used when it decided a request: a Deny that refused it, an Allow that
          granted it. Over {counted(coverage.requests, 'request')}.
        </p>
      </div>
      <ul aria-label="Coverage by policy">
        {coverage.policies.map((policy) => (
          <PolicyRow key={policy.policyId} policy={policy} />
        ))}
      </ul>
    </section>
  );
}
