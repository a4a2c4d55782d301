import { CREDENTIAL_RULES } from '../../../core/index.ts';
import type { FindingsFilter } from '../../../store/practices-slice.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { Select } from '../../components/Select.tsx';
import { inputClass, selectClass } from '../simulator/classes.ts';

const SEVERITIES: readonly { id: FindingsFilter['severity']; label: string }[] = [
  { id: 'all', label: 'Any severity' },
  { id: 'high', label: 'High' },
  { id: 'medium', label: 'Medium' },
  { id: 'low', label: 'Low' },
];

const CODES = CREDENTIAL_RULES.map((rule) => rule.code);

/** The count of each finding code, each a filter; then the filters by severity, code and user. */
export function FindingsFilters({ counts }: { counts: ReadonlyMap<string, number> }) {
  const filter = useStudio((s) => s.findingsFilter);
  const { setFindingsFilter } = useStudioActions();
  return (
    <div className="flex flex-col gap-2 text-xs">
      <ul aria-label="Findings per code" className="flex flex-wrap gap-1">
        {[...counts].map(([code, count]) => (
          <li key={code}>
            <button
              type="button"
              aria-pressed={filter.code === code}
              onClick={() => setFindingsFilter({ code: filter.code === code ? '' : code })}
              className={`rounded border px-1.5 py-0.5 font-mono ${filter.code === code ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950' : 'border-zinc-300 dark:border-zinc-700'} ${count === 0 ? 'text-zinc-500 dark:text-zinc-400' : ''}`}
            >
              {code}{' '}
              <span className="font-sans font-semibold tabular-nums">
                {count.toLocaleString('en-US')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <Select
          aria-label="Filter by severity"
          value={filter.severity}
          options={SEVERITIES}
          onChange={(severity) => setFindingsFilter({ severity })}
          className={selectClass}
        />
        <Select
          aria-label="Filter by finding"
          value={filter.code}
          options={CODES}
          leading={<option value="">Any finding</option>}
          onChange={(code) => setFindingsFilter({ code })}
          className={selectClass}
        />
        <input
          aria-label="Filter by user"
          placeholder="User name or ARN"
          value={filter.user}
          onChange={(event) => setFindingsFilter({ user: event.target.value })}
          className={`${inputClass} max-w-56`}
        />
      </div>
    </div>
  );
}
