import { useStudio, useStudioActions } from '../../../store/store.ts';
import type { PracticesTab } from '../../../store/practices-slice.ts';
import { MainAreaView } from '../../components/MainAreaView.tsx';
import { TabList } from '../../components/TabList.tsx';
import { buttonClass } from '../simulator/classes.ts';
import { AccessAdvisorPanel } from './AccessAdvisorPanel.tsx';
import { AlarmsPanel } from './AlarmsPanel.tsx';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { CredentialReportPanel } from './CredentialReportPanel.tsx';

const TABS: readonly { id: PracticesTab; label: string }[] = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'credentials', label: 'Credential report' },
  { id: 'alarms', label: 'CloudWatch alarms' },
  { id: 'advisor', label: 'Last use by service' },
];

/**
 * AWS's IAM best practices checked on what the user imported: the checklist, the credential
 * report's findings, the CIS alarms for CloudTrail with the events they would have fired on, and
 * Access Advisor's view of each caller of the logs.
 * Shown in the main area in place of the editor.
 */
export function PracticesView() {
  const tab = useStudio((s) => s.practicesTab);
  const { setPracticesOpen, setPracticesTab } = useStudioActions();
  return (
    <MainAreaView
      label="Best practices"
      title="Best practices"
      backButtonClass={buttonClass}
      onBack={() => setPracticesOpen(false)}
    >
      <TabList
        label="Best practices"
        tabs={TABS}
        selected={tab}
        onSelect={setPracticesTab}
        className="flex shrink-0 gap-0.5 border-b border-zinc-200 px-2 py-1 dark:border-zinc-800"
      />
      <div
        role="tabpanel"
        aria-label={TABS.find((t) => t.id === tab)?.label}
        className="min-h-0 flex-1 overflow-auto p-3"
      >
        {tab === 'checklist' && <ChecklistPanel />}
        {tab === 'credentials' && <CredentialReportPanel />}
        {tab === 'alarms' && <AlarmsPanel />}
        {tab === 'advisor' && <AccessAdvisorPanel />}
      </div>
    </MainAreaView>
  );
}
