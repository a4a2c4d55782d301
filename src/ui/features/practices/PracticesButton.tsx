import { useStudio, useStudioActions } from '../../../store/store.ts';
import { buttonClass } from '../workspace-io/classes.ts';

/** Opens the best-practices view; once a credential report is read, says how many findings are high. */
export function PracticesButton() {
  const { open, high } = useStudio((s) => {
    const report = s.credentialReport;
    const findings = report?.status === 'done' && report.output.ok ? report.output.findings : [];
    return {
      open: s.practicesOpen,
      high: findings.filter((finding) => finding.severity === 'high').length,
    };
  });
  const { setPracticesOpen } = useStudioActions();
  return (
    <button
      type="button"
      aria-pressed={open}
      className={`${buttonClass} ${open ? 'bg-zinc-200 dark:bg-zinc-800' : ''}`}
      onClick={() => setPracticesOpen(!open)}
    >
      Best practices
      {high > 0 && (
        <span className="ml-1 rounded bg-red-600 px-1 text-[10px] font-semibold text-white">
          {high.toLocaleString('en-US')} high
        </span>
      )}
    </button>
  );
}
