import { type ScenarioRequest } from '../../../core/index.ts';
import type { MatrixOutput } from '../../../analysis/simulation.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass, inputClass, labelClass } from './classes.ts';
import { DecisionBadge } from './DecisionBadge.tsx';
import { PrincipalField } from './PrincipalField.tsx';

function LinesField({
  label,
  values,
  onChange,
}: {
  label: string;
  values: string[];
  onChange(values: string[]): void;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className={labelClass}>{label}</span>
      <textarea
        aria-label={label}
        className={`${inputClass} h-20`}
        spellCheck={false}
        value={values.join('\n')}
        onChange={(event) => onChange(event.target.value.split('\n'))}
      />
    </label>
  );
}

function Grid({ matrix }: { matrix: MatrixOutput }) {
  if (matrix.actions.length === 0 || matrix.resources.length === 0)
    return <p className="text-xs text-zinc-500">Add at least one action and one resource.</p>;
  return (
    <div className="overflow-auto">
      <table aria-label="Decision matrix" className="border-collapse text-xs">
        <thead>
          <tr>
            <th className="p-1 text-left font-medium text-zinc-500">Action \ Resource</th>
            {matrix.resources.map((resource) => (
              <th
                key={resource}
                scope="col"
                className="max-w-40 truncate p-1 text-left font-mono font-normal"
                title={resource}
              >
                {resource}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actions.map((action, a) => (
            <tr key={action} className="border-t border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="p-1 text-left font-mono font-normal">
                {action}
              </th>
              {matrix.cells[a]?.map((cell, r) => (
                <td
                  key={r}
                  className="p-1"
                  title={cell.matchedStatements
                    .map((s) => `${s.sid ?? `Statement ${s.statementIndex + 1}`} (${s.policyId})`)
                    .join(', ')}
                >
                  <DecisionBadge decision={cell.decision} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Several actions times several resources for one principal and context, as a grid of decisions. */
export function MatrixView({
  matrix,
  selected,
}: {
  matrix: MatrixOutput | null;
  selected: ScenarioRequest | undefined;
}) {
  const settings = useStudio((s) => s.matrix);
  const { setMatrix } = useStudioActions();
  const contextKeys = Object.keys(settings.context);
  return (
    <div className="flex flex-col gap-2 px-3 py-2">
      <PrincipalField
        value={settings.principal}
        onChange={(principal) => setMatrix({ principal })}
      />
      <div className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span className="min-w-0 flex-1 truncate">
          Context: {contextKeys.length === 0 ? 'none' : contextKeys.join(', ')}
        </span>
        <button
          type="button"
          className={buttonClass}
          disabled={!selected}
          onClick={() =>
            selected &&
            setMatrix({ principal: selected.principal, context: selected.context ?? {} })
          }
        >
          Use the selected request's principal and context
        </button>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <LinesField
          label="Actions"
          values={settings.actions}
          onChange={(actions) => setMatrix({ actions })}
        />
        <LinesField
          label="Resources"
          values={settings.resources}
          onChange={(resources) => setMatrix({ resources })}
        />
      </div>
      {matrix ? <Grid matrix={matrix} /> : <p className="text-xs text-zinc-500">Simulating…</p>}
    </div>
  );
}
