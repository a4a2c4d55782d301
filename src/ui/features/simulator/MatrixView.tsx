import { type ScenarioRequest } from '../../../core/index.ts';
import type { MatrixOutput } from '../../../analysis/simulation.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass, inputClass, labelClass } from './classes.ts';
import { DecisionBadge, DECISION_LABELS } from './DecisionBadge.tsx';
import { cellTitle, type MatrixCellRequest } from './matrix-cell.ts';
import { PrincipalField } from './PrincipalField.tsx';
import { useOpenCell, type OpenCell } from './use-open-cell.ts';

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

interface GridProps {
  matrix: MatrixOutput;
  context: MatrixCellRequest['context'];
  cells: OpenCell;
}

function Grid({ matrix, context, cells }: GridProps) {
  const policies = useStudio((s) => s.policies);
  const policyName = (id: string) => policies.find((p) => p.id === id)?.name ?? 'a policy';
  if (matrix.actions.length === 0 || matrix.resources.length === 0)
    return (
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Add at least one action and one resource.
      </p>
    );
  return (
    <div className="overflow-auto">
      <table aria-label="Decision matrix" className="border-collapse text-xs">
        <thead>
          <tr>
            <th className="p-1 text-left font-medium text-zinc-500 dark:text-zinc-400">
              Action \ Resource
            </th>
            {matrix.resources.map((resource) => (
              <th
                key={resource}
                scope="col"
                className="min-w-32 p-1 text-left align-bottom font-mono font-normal break-all"
              >
                {resource}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actions.map((action, a) => (
            <tr key={action} className="border-t border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="p-1 text-left font-mono font-normal break-all">
                {action}
              </th>
              {matrix.cells[a]?.map((cell, r) => {
                const resource = matrix.resources[r] ?? '';
                const request = { principal: matrix.principal, action, resource, context };
                return (
                  <td key={r} className="p-1">
                    <button
                      type="button"
                      title={cellTitle(cell, policyName)}
                      aria-label={`${action} on ${resource}: ${DECISION_LABELS[cell.decision]}. Open its explanation`}
                      disabled={!cells.canOpen(request)}
                      className="rounded focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
                      onClick={() => cells.open(request)}
                    >
                      <DecisionBadge decision={cell.decision} />
                    </button>
                  </td>
                );
              })}
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
  const openCell = useOpenCell();
  const contextKeys = Object.keys(settings.context);
  return (
    <div className="flex flex-col gap-2 px-3 py-2">
      <PrincipalField
        value={settings.principal}
        onChange={(principal) => setMatrix({ principal })}
      />
      <div className="flex flex-col items-start gap-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="max-w-full break-words">
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
      {matrix ? (
        <Grid matrix={matrix} context={settings.context} cells={openCell} />
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Simulating…</p>
      )}
    </div>
  );
}
