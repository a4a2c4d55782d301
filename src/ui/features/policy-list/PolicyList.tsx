import { useStudio, useStudioActions } from '../../../store/store.ts';
import { DocumentIcon } from '../../components/icons.tsx';
import { PaneHeader } from '../../components/PaneHeader.tsx';

export function PolicyList() {
  const { policies, selectedPolicyId } = useStudio((s) => ({
    policies: s.policies,
    selectedPolicyId: s.selectedPolicyId,
  }));
  const { selectPolicy } = useStudioActions();

  return (
    <section aria-label="Policies" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <PaneHeader title="Policies">
        <span className="rounded bg-zinc-200/70 px-1.5 text-[11px] font-medium text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-400">
          {policies.length}
        </span>
      </PaneHeader>
      <ul className="flex-1 overflow-y-auto p-1.5">
        {policies.map((policy) => {
          const selected = policy.id === selectedPolicyId;
          return (
            <li key={policy.id}>
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => selectPolicy(policy.id)}
                className={`flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                  selected
                    ? 'bg-indigo-50 text-indigo-950 ring-1 ring-indigo-200 dark:bg-indigo-500/15 dark:text-indigo-50 dark:ring-indigo-500/30'
                    : 'hover:bg-zinc-200/60 dark:hover:bg-zinc-800/60'
                }`}
              >
                <DocumentIcon
                  className={`mt-0.5 size-4 shrink-0 ${selected ? 'text-indigo-600 dark:text-indigo-300' : 'text-zinc-400'}`}
                />
                <span className="min-w-0">
                  <span className="block truncate text-[13px] font-medium">
                    {policy.name ?? policy.id}
                  </span>
                  <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">
                    {policy.type} policy
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
