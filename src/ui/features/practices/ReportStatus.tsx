import { useStudio } from '../../../store/store.ts';

const MAX_ERRORS_SHOWN = 20;

/** The report being read, where it is not a credential report, or what was read. */
export function ReportStatus() {
  const { source, report } = useStudio((s) => ({
    source: s.credentialSource?.name,
    report: s.credentialReport,
  }));
  if (!report || source === undefined) return null;
  if (report.status === 'running')
    return (
      <p
        role="status"
        aria-label="Reading the report"
        className="text-xs text-zinc-600 dark:text-zinc-400"
      >
        Reading {source}…
      </p>
    );
  if (report.status === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-400">
        The report could not be checked: {report.error}
      </p>
    );
  const { output } = report;
  if (!output.ok)
    return (
      <div
        role="alert"
        aria-label="Not a credential report"
        className="text-xs text-red-700 dark:text-red-400"
      >
        <p>{source} is not a credential report AWS wrote:</p>
        <ul className="list-disc pl-5">
          {output.errors.slice(0, MAX_ERRORS_SHOWN).map((error, index) => (
            <li key={index}>
              Line {error.line}: {error.message}
            </li>
          ))}
        </ul>
        {output.errors.length > MAX_ERRORS_SHOWN && (
          <p>… and {output.errors.length - MAX_ERRORS_SHOWN} more.</p>
        )}
      </div>
    );
  return (
    <p
      role="status"
      aria-label="Report summary"
      className="text-xs text-zinc-700 dark:text-zinc-300"
    >
      {source}: {output.users.toLocaleString('en-US')} users,{' '}
      {output.findings.length.toLocaleString('en-US')} findings. Ages counted from {output.now}
      {output.fromReport
        ? ', when the report was generated'
        : ', when it was imported (a CSV does not say when it was generated)'}
      .{' '}
      <span className="text-zinc-500 dark:text-zinc-400">
        Read and checked in {Math.round(output.durationMs)} ms.
      </span>
    </p>
  );
}
