import { selectSelectedPolicy, useStudioStore } from '../../../store/store.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { ProblemsStatus } from './ProblemsStatus.tsx';

export function PolicyEditorPane() {
  const policy = useStudioStore(selectSelectedPolicy);
  if (!policy) return null;

  return (
    <section aria-label="Policy editor" className="flex h-full flex-col bg-white dark:bg-zinc-900">
      <PaneHeader
        title={
          <span className="normal-case tracking-normal">
            <span className="text-zinc-800 dark:text-zinc-100">{policy.name ?? policy.id}</span>
            <span className="ml-2 font-normal text-zinc-400 dark:text-zinc-500">{policy.type}</span>
          </span>
        }
      >
        <ProblemsStatus policyId={policy.id} />
      </PaneHeader>
      <PolicyEditor policyId={policy.id} />
    </section>
  );
}
