import { useMemo, useState, type FormEvent } from 'react';
import { bundledCatalog, splitAction, type Account } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { buttonClass } from '../simulator/classes.ts';
import { TextField } from '../simulator/TextField.tsx';
import { actionOptions, resourceOptions } from '../simulator/request-suggestions.ts';
import { useCatalogService } from '../visual-editor/use-catalog.ts';
import { accountAnalysis } from './account-analysis.ts';
import { AccountJobStatus } from './AccountJobStatus.tsx';
import { checkedAction, resourceProblem } from './action-check.ts';
import { WhoCanResults } from './WhoCanResults.tsx';

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
  const fields = [
    { label: 'Action', value: action, options: actions, onChange: setAction },
    { label: 'Resource (optional)', value: resource, options: resources, onChange: setResource },
  ];

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
        {fields.map((field) => (
          <div key={field.label} className="min-w-0 flex-1">
            <TextField {...field} />
          </div>
        ))}
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
