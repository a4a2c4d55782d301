import { useId } from 'react';
import type { Decision, ScenarioRequest } from '../../../core/scenario/model.ts';
import { inputClass, labelClass, selectClass } from './classes.ts';
import { ContextEditor } from './ContextEditor.tsx';
import { DECISION_LABELS } from './DecisionBadge.tsx';
import { PrincipalField } from './PrincipalField.tsx';

function TextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        value={value}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The selected request's fields: who asks, for what action on which resource, in what context. */
export function RequestEditor({
  request,
  onChange,
}: {
  request: ScenarioRequest;
  onChange(request: ScenarioRequest): void;
}) {
  const expectId = useId();
  const update = (patch: Partial<ScenarioRequest>) => onChange({ ...request, ...patch });
  return (
    <div className="flex flex-col gap-2 px-3 py-2" aria-label="Request details" role="group">
      <PrincipalField value={request.principal} onChange={(principal) => update({ principal })} />
      <TextField label="Action" value={request.action} onChange={(action) => update({ action })} />
      <TextField
        label="Resource"
        value={request.resource}
        onChange={(resource) => update({ resource })}
      />
      <ContextEditor
        context={request.context ?? {}}
        onChange={(context) => {
          const next: ScenarioRequest = { ...request, context };
          if (Object.keys(context).length === 0) delete next.context;
          onChange(next);
        }}
      />
      <div className="flex items-center gap-2">
        <label htmlFor={expectId} className={labelClass}>
          Expected
        </label>
        <select
          id={expectId}
          className={selectClass}
          value={request.expect ?? ''}
          onChange={(event) => {
            const next = { ...request };
            if (event.target.value === '') delete next.expect;
            else next.expect = event.target.value as Decision;
            onChange(next);
          }}
        >
          <option value="">No expectation</option>
          {(Object.keys(DECISION_LABELS) as Decision[]).map((decision) => (
            <option key={decision} value={decision}>
              {DECISION_LABELS[decision]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
