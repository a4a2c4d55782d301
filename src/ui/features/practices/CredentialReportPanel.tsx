import { useStudio } from '../../../store/store.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { PrivilegedUsersNote } from './PrivilegedUsersNote.tsx';
import { ReportInput } from './ReportInput.tsx';
import { ReportStatus } from './ReportStatus.tsx';
import { ThresholdSettings } from './ThresholdSettings.tsx';

/** The credential report: import, thresholds, the findings table. */
export function CredentialReportPanel() {
  const report = useStudio((s) => s.credentialReport);
  const output = report?.status === 'done' && report.output.ok ? report.output : undefined;
  return (
    <div className="flex flex-col gap-3">
      <ReportInput />
      <ReportStatus />
      <ThresholdSettings />
      <PrivilegedUsersNote />
      {output && <FindingsTable findings={output.findings} now={output.now} />}
    </div>
  );
}
