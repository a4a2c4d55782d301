import { useState } from 'react';
import type { Account } from '../../../core/index.ts';
import type { AccountAnalysisTab } from '../../../store/account-view-slice.ts';
import { useStudio, useStudioActions, useStudioStore } from '../../../store/store.ts';
import { TabbedPaneHeader } from '../../components/TabbedPaneHeader.tsx';
import { openStatement } from './account-links.ts';
import { AccountAnalysisEscalations } from './AccountAnalysisEscalations.tsx';
import { AccountAnalysisWhatCan } from './AccountAnalysisWhatCan.tsx';
import { WhoCanTab } from './WhoCanTab.tsx';

const TABS: readonly { id: AccountAnalysisTab; label: string }[] = [
  { id: 'what', label: 'What it can do' },
  { id: 'who', label: 'Who can…' },
  { id: 'escalations', label: 'Escalations' },
];

/**
 * The account's questions, shown in the main area while the Identities tab is open: what the
 * selected identity can do, who can do an action, and the escalation paths of the whole account.
 * A statement clicked opens in the editor.
 */
export function AccountAnalysis({ account }: { account: Account }) {
  const tab = useStudio((s) => s.accountAnalysisTab);
  const actions = useStudioActions();
  const [missing, setMissing] = useState<string>();
  const onOpenStatement = (policyId: string, statementIndex: number) => {
    const opened = openStatement(useStudioStore, policyId, statementIndex);
    setMissing(opened ? undefined : `The workspace no longer holds the policy ${policyId}.`);
  };
  return (
    <section
      aria-label="Account analysis"
      className="flex h-full flex-col bg-white dark:bg-zinc-900"
    >
      <TabbedPaneHeader
        title="Account analysis"
        tabs={TABS}
        selected={tab}
        onSelect={actions.setAccountAnalysisTab}
      />
      {missing !== undefined && (
        <p role="alert" className="px-3 pt-2 text-xs text-red-700 dark:text-red-400">
          {missing}
        </p>
      )}
      <div
        role="tabpanel"
        aria-label={TABS.find((t) => t.id === tab)?.label}
        className="min-h-0 flex-1 overflow-auto p-3"
      >
        {tab === 'what' && (
          <AccountAnalysisWhatCan account={account} onOpenStatement={onOpenStatement} />
        )}
        {tab === 'who' && <WhoCanTab account={account} onOpenStatement={onOpenStatement} />}
        {tab === 'escalations' && (
          <AccountAnalysisEscalations account={account} onOpenStatement={onOpenStatement} />
        )}
      </div>
    </section>
  );
}
