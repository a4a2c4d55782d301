import type { WhoCanStatement } from '../../../core/index.ts';
import { useStudio } from '../../../store/store.ts';
import { workspacePolicyId } from './account-links.ts';

/** A deciding statement, by its policy's name and its Sid (or number); a click opens it. */
export function StatementLink({
  statement,
  onOpen,
}: {
  statement: WhoCanStatement;
  onOpen(policyId: string, statementIndex: number): void;
}) {
  const policyName = useStudio((s) => {
    const id = workspacePolicyId(s, statement.policyId);
    const policy = s.policies.find((candidate) => candidate.id === id);
    return policy ? (policy.name ?? policy.id) : statement.policyId;
  });
  const which = statement.sid ? statement.sid : `statement ${statement.statementIndex + 1}`;
  const deny = statement.effect === 'Deny';
  return (
    <button
      type="button"
      onClick={() => onOpen(statement.policyId, statement.statementIndex)}
      title={`Open ${policyName} at ${which}`}
      className={`rounded border px-1.5 py-px text-left font-mono text-[11px] break-all hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none ${deny ? 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200' : 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200'}`}
    >
      {policyName} · {which}
    </button>
  );
}
