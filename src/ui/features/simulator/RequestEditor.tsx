import { useId, useMemo } from 'react';
import { bundledCatalog, type ScenarioRequest, splitAction } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { labelledOptions, Select } from '../../components/Select.tsx';
import { useCatalogService } from '../visual-editor/use-catalog.ts';
import { labelClass, selectClass } from './classes.ts';
import { ContextEditor } from './ContextEditor.tsx';
import { DECISION_LABELS } from './DecisionBadge.tsx';
import { PrincipalField } from './PrincipalField.tsx';
import { TextField } from './TextField.tsx';
import { actionOptions, contextKeyOptions, resourceOptions } from './request-suggestions.ts';

const EXPECT_OPTIONS = labelledOptions(DECISION_LABELS);

/** The selected request's fields: who asks, for what action on which resource, in what context. */
export function RequestEditor({
  request,
  onChange,
}: {
  request: ScenarioRequest;
  onChange(request: ScenarioRequest): void;
}) {
  const expectId = useId();
  // A read-only share link shows the request but does not change it.
  const readOnly = useStudio((s) => s.readOnly);
  const update = (patch: Partial<ScenarioRequest>) => onChange({ ...request, ...patch });
  const catalog = bundledCatalog();
  const parts = splitAction(request.action.trim());
  const service = useCatalogService(
    parts && catalog.service(parts.service) ? parts.service : undefined,
  );
  const action = parts ? service?.action(parts.action) : undefined;
  const actions = useMemo(
    () => actionOptions(catalog, service, request.action),
    [catalog, service, request.action],
  );
  const resources = useMemo(() => resourceOptions(action), [action]);
  const contextKeys = useMemo(
    () => contextKeyOptions(catalog, service, action, request.resource),
    [catalog, service, action, request.resource],
  );
  return (
    <fieldset
      disabled={readOnly}
      className="flex flex-col gap-2 px-3 py-2"
      aria-label="Request details"
    >
      <PrincipalField
        value={request.principal}
        onChange={(principal, call) =>
          update(
            call
              ? { principal, action: call.action, context: { ...request.context, ...call.context } }
              : { principal },
          )
        }
      />
      <TextField
        label="Action"
        value={request.action}
        options={actions}
        onChange={(next) => update({ action: next })}
      />
      <TextField
        label="Resource"
        value={request.resource}
        options={resources}
        onChange={(resource) => update({ resource })}
      />
      <ContextEditor
        context={request.context ?? {}}
        suggestedKeys={contextKeys}
        forAction={action ? `${action.service}:${action.name}` : undefined}
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
        <Select
          id={expectId}
          className={selectClass}
          value={request.expect ?? ''}
          options={EXPECT_OPTIONS}
          leading={<option value="">No expectation</option>}
          onChange={(expect) => {
            const next = { ...request };
            if (expect === '') delete next.expect;
            else next.expect = expect;
            onChange(next);
          }}
        />
      </div>
    </fieldset>
  );
}
