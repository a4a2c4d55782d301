import { type Decision } from '../../../core/index.ts';

export const DECISION_LABELS: Record<Decision, string> = {
  allowed: 'Allowed',
  explicitDeny: 'Explicit deny',
  implicitDeny: 'Implicit deny',
};

const DECISION_CLASSES: Record<Decision, string> = {
  allowed: 'bg-green-100 text-green-800 ring-green-600/30 dark:bg-green-900/40 dark:text-green-300',
  explicitDeny: 'bg-red-100 text-red-800 ring-red-600/30 dark:bg-red-900/40 dark:text-red-300',
  implicitDeny:
    'bg-amber-100 text-amber-900 ring-amber-600/30 dark:bg-amber-900/30 dark:text-amber-200',
};

export function DecisionBadge({ decision }: { decision: Decision }) {
  return (
    <span
      data-decision={decision}
      className={`inline-flex shrink-0 items-center rounded px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap ring-1 ring-inset ${DECISION_CLASSES[decision]}`}
    >
      {DECISION_LABELS[decision]}
    </span>
  );
}

/** Pass or fail of a request's expected outcome. */
export function ExpectationBadge({ pass, expect }: { pass: boolean; expect: Decision }) {
  return (
    <span
      title={`Expected: ${DECISION_LABELS[expect]}`}
      data-pass={pass}
      className={
        pass
          ? 'text-[11px] font-semibold text-green-700 dark:text-green-400'
          : 'text-[11px] font-semibold text-red-700 dark:text-red-400'
      }
    >
      {pass ? 'Pass' : 'Fail'}
    </span>
  );
}
