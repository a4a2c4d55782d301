import { type PolicyType, type ScenarioPolicy } from '../../../core/index.ts';
import { policyTypeHasAttachment, policyTypeHasLevel } from '../../../store/policy-ops.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { CommitInput } from '../visual-editor/CommitInput.tsx';
import { AttachedToField } from './AttachedToField.tsx';

const ATTACHMENT_FIELDS: Partial<Record<PolicyType, { label: string; placeholder: string }>> = {
  identity: {
    label: 'Attached to (principals)',
    placeholder: 'arn:aws:iam::111122223333:user/alice',
  },
  'permissions-boundary': {
    label: 'Boundary of (principals)',
    placeholder: 'arn:aws:iam::111122223333:role/app',
  },
  session: {
    label: 'Sessions (principals)',
    placeholder: 'arn:aws:sts::111122223333:assumed-role/app/*',
  },
  resource: { label: 'Attached to (resources)', placeholder: 'arn:aws:s3:::reports' },
  trust: { label: 'Trust policy of (roles)', placeholder: 'arn:aws:iam::111122223333:role/app' },
  'vpc-endpoint': { label: 'VPC endpoint', placeholder: 'vpce-0123456789abcdef0' },
};

const fieldClass =
  'min-w-0 rounded border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
const actionClass =
  'rounded border border-zinc-300 px-1.5 py-0.5 text-[11px] text-zinc-700 hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';

/** Name, place in the list, attachment and level of the selected policy. */
export function PolicySettings({ policy }: { policy: ScenarioPolicy }) {
  const { index, count } = useStudio((s) => ({
    index: s.policies.findIndex((p) => p.id === policy.id),
    count: s.policies.length,
  }));
  const actions = useStudioActions();
  const attachment = policyTypeHasAttachment(policy.type)
    ? ATTACHMENT_FIELDS[policy.type]
    : undefined;

  return (
    <div
      role="group"
      aria-label="Policy settings"
      className="flex flex-col gap-2 border-t border-zinc-200 p-2 dark:border-zinc-800"
    >
      <label className="flex flex-col gap-1">
        <span className="text-[11px] font-medium text-zinc-500 dark:text-zinc-400">Name</span>
        <CommitInput
          aria-label="Policy name"
          className={fieldClass}
          placeholder={policy.id}
          value={policy.name ?? ''}
          onCommit={(name) => actions.renamePolicy(policy.id, name)}
        />
      </label>
      {attachment && (
        <AttachedToField
          label={attachment.label}
          placeholder={attachment.placeholder}
          value={policy.attachedTo ?? []}
          onCommit={(entries) => actions.setPolicyAttachedTo(policy.id, entries)}
        />
      )}
      {policyTypeHasLevel(policy.type) && (
        <label className="flex items-center gap-2">
          <span className="text-[11px] font-medium text-zinc-500 dark:text-zinc-400">
            Level (0 = organization root)
          </span>
          <CommitInput
            aria-label="Level"
            type="number"
            min={0}
            className={`${fieldClass} w-16`}
            value={String(policy.level ?? 0)}
            onCommit={(text) => {
              const level = Number(text);
              if (text.trim() === '' || !Number.isInteger(level) || level < 0) return false;
              actions.setPolicyLevel(policy.id, level);
            }}
          />
        </label>
      )}
      <div className="flex flex-wrap gap-1">
        <button
          type="button"
          className={actionClass}
          aria-label="Move policy up"
          disabled={index <= 0}
          onClick={() => actions.movePolicy(policy.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className={actionClass}
          aria-label="Move policy down"
          disabled={index >= count - 1}
          onClick={() => actions.movePolicy(policy.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className={actionClass}
          onClick={() => actions.duplicatePolicy(policy.id)}
        >
          Duplicate
        </button>
        <button
          type="button"
          className={`${actionClass} text-red-700 dark:text-red-400`}
          onClick={() => actions.deletePolicy(policy.id)}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
