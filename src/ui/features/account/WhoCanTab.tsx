import { useId, useMemo, useState, type FormEvent } from 'react';
import { bundledCatalog, splitAction, type Account } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { buttonClass, inputClass, labelClass } from '../simulator/classes.ts';
import { actionOptions, resourceOptions } from '../simulator/request-suggestions.ts';
import { useCatalogService } from '../visual-editor/use-catalog.ts';
import { accountAnalysis } from './account-analysis.ts';
import { AccountJobStatus } from './AccountJobStatus.tsx';
import { checkedAction, resourceProblem } from './action-check.ts';
import { WhoCanResults } from './WhoCanResults.tsx';

function SuggestedField({
  label,
  value,
  options,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly string[];
  placeholder: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const listId = useId();
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        list={listId}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}

/** Who can do an action (on a resource): the form, the job's state, and the principals found. */
export function WhoCanTab({
  account,
  onOpenStatement,
}: {
  account: Account;
  onOpenStatement(policyId: string, statementIndex: number): void;
}) {
  const job = useStudio((s) => s.accountJobs.whoCan);
  const [action, setAction] = useState(job?.query.action ?? '');
  const [resource, setResource] = useState(job?.query.resource ?? '');
  const [problem, setProblem] = useState<string>();
  const catalog = bundledCatalog();
  const parts = splitAction(action.trim());
  const service = useCatalogService(
    parts && catalog.service(parts.service) ? parts.service : undefined,
  );
  const found = parts ? service?.action(parts.action) : undefined;
  const actions = useMemo(
    () => actionOptions(catalog, service, action),
    [catalog, service, action],
  );
  const resources = useMemo(() => resourceOptions(found), [found]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = action.trim();
    const asked = resource.trim();
    const wrongResource = resourceProblem(asked);
    if (wrongResource) {
      setProblem(wrongResource);
      return;
    }
    void catalog.lookupAction(typed).then((lookup) => {
      const checked = checkedAction(typed, lookup);
      if ('problem' in checked) {
        setProblem(checked.problem);
        return;
      }
      setProblem(undefined);
      accountAnalysis.whoCan(checked.action, asked === '*' ? '' : asked);
    });
  };

  return (
    <div className="flex flex-col gap-3">
      <form
        aria-label="Who can"
        onSubmit={submit}
        className="flex flex-wrap items-end gap-2 rounded border border-zinc-200 p-2 dark:border-zinc-800"
      >
        <SuggestedField
          label="Action"
          value={action}
          options={actions}
          placeholder="s3:DeleteBucket"
          onChange={setAction}
        />
        <SuggestedField
          label="Resource (optional)"
          value={resource}
          options={resources}
          placeholder="every resource"
          onChange={setResource}
        />
        <button
          type="submit"
          className={buttonClass}
          disabled={action.trim() === '' || job?.status === 'running'}
        >
          Find who can
        </button>
      </form>
      {problem !== undefined && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {job && (
        <AccountJobStatus
          job={job}
          working={`Finding who can ${job.query.action}…`}
          onCancel={() => accountAnalysis.cancel('whoCan')}
        />
      )}
      {job?.status === 'done' && (
        <WhoCanResults
          account={account}
          asked={job.query}
          answer={job.output}
          stale={job.policies}
          onOpenStatement={onOpenStatement}
          onRunAgain={() => accountAnalysis.whoCan(job.query.action, job.query.resource)}
        />
      )}
    </div>
  );
}
