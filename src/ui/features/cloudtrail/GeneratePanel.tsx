import { useState } from 'react';
import type { CallerEvents } from '../../../analysis/cloudtrail-import.ts';
import type { ResourceScope } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { labelClass } from '../simulator/classes.ts';
import { primaryButtonClass } from '../workspace-io/classes.ts';
import { CallerSelect } from './CallerSelect.tsx';
import { cloudTrail } from './cloudtrail.ts';
import { successfulMapped } from './counts.ts';
import { GenerationResult } from './GenerationResult.tsx';

const SCOPES: readonly { id: ResourceScope; label: string }[] = [
  { id: 'exact', label: 'Exact resources' },
  { id: 'type', label: 'One wildcard per resource type' },
  { id: 'account', label: 'Account-wide' },
];

/** The caller's last name part: `deploy` of a role ARN, `alice` of a user's. */
const shortName = (caller: string) => caller.split(/[/:]/).at(-1) || caller;

/**
 * Least privilege for one caller of the logs: the policy that allows exactly its successful
 * calls, with the resources widened as chosen, proven before it is shown, beside what today's
 * policies grant; it opens as a new policy attached to the caller.
 */
export function GeneratePanel({
  callers,
  run,
}: {
  callers: CallerEvents[];
  run?: number | undefined;
}) {
  const candidates = callers.filter((caller) => caller.successfulMapped > 0);
  const { job, changed } = useStudio((s) => ({
    job: s.cloudTrailGenerated,
    changed: s.cloudTrailGenerated !== undefined && s.cloudTrailGenerated.policies !== s.policies,
  }));
  const readOnly = useStudio((s) => s.readOnly);
  const actions = useStudioActions();
  const [caller, setCaller] = useState(job?.caller ?? candidates[0]?.caller ?? '');
  const [scope, setScope] = useState<ResourceScope>(job?.resources ?? 'exact');
  const [opened, setOpened] = useState<string>();
  if (candidates.length === 0)
    return (
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        No caller has a successful call mapped to IAM actions in these logs: there is nothing to
        generate from.
      </p>
    );
  const open = () => {
    if (job?.status !== 'done') return;
    const id = actions.addPolicy('identity', job.output.generated.document);
    actions.renamePolicy(id, `Least privilege for ${shortName(job.caller)}`);
    actions.setPolicyAttachedTo(id, [job.caller]);
    setOpened(id);
    actions.selectPolicy(id);
  };
  return (
    <section aria-label="Least privilege" className="flex flex-col gap-2">
      <h3 className={labelClass}>Least privilege from these logs</h3>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <CallerSelect
          callers={candidates.map((candidate) => ({
            caller: candidate.caller,
            counted: successfulMapped(candidate.successfulMapped),
          }))}
          value={caller}
          onChange={setCaller}
        />
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">Resources</legend>
          {SCOPES.map((option) => (
            <label key={option.id} className="flex items-center gap-1">
              <input
                type="radio"
                name="cloudtrail-resource-scope"
                checked={scope === option.id}
                onChange={() => setScope(option.id)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className={primaryButtonClass}
          disabled={caller === '' || job?.status === 'running'}
          onClick={() => cloudTrail.generate(caller, scope)}
        >
          Generate least privilege
        </button>
      </div>
      {job?.status === 'running' && (
        <p role="status" className="text-xs text-zinc-600">
          Generating and proving…
        </p>
      )}
      {job?.status === 'failed' && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          The generation failed: {job.error}
        </p>
      )}
      {opened !== undefined && (
        <p role="status" className="text-xs text-green-700 dark:text-green-400">
          Opened as a new policy beside the current ones.
        </p>
      )}
      {job?.status === 'done' && changed && (
        <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
          The policies have changed since: generate again to compare with them.
        </p>
      )}
      {job?.status === 'done' && (
        <GenerationResult view={job.output} run={run} onOpen={open} canOpen={!readOnly} />
      )}
    </section>
  );
}
