import type { PolicyStatus } from '../../../analysis/policy-analysis.ts';

const LOOKS: Record<PolicyStatus, { label: string; className: string }> = {
  valid: { label: 'Valid', className: 'bg-emerald-500' },
  warnings: { label: 'Warnings', className: 'bg-amber-500' },
  errors: { label: 'Errors', className: 'bg-red-500' },
};

/**
 * A coloured dot for the policy's parse problems and lint findings (hidden checks left out),
 * named for screen readers and tests.
 */
export function StatusDot({ status }: { status: PolicyStatus }) {
  const { label, className } = LOOKS[status];
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-status={status}
      className={`mt-1.5 size-2 shrink-0 rounded-full ${className}`}
    />
  );
}
