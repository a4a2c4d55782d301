import { useStudio, useStudioActions } from '../../../store/store.ts';
import { TabList } from '../../components/TabList.tsx';
import { PolicyList } from '../policy-list/PolicyList.tsx';
import { IdentitiesPanel } from './IdentitiesPanel.tsx';

const TABS = [
  { id: 'policies', label: 'Policies' },
  { id: 'identities', label: 'Identities' },
] as const;

/**
 * The policy list, and beside it, when the scenario holds an account, its identities (the main
 * area then shows the account analysis).
 */
export function PolicySidebar() {
  const { account, epoch, tab } = useStudio((s) => ({
    account: s.account,
    epoch: s.scenarioEpoch,
    tab: s.sidebarTab,
  }));
  const { setSidebarTab } = useStudioActions();
  // One tree with or without an account: the list stays mounted (its thousands of rows measured
  // once) when an account's workspace opens.
  return (
    <div className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      {account && (
        <TabList
          label="Sidebar"
          tabs={TABS}
          selected={tab}
          onSelect={setSidebarTab}
          className="flex shrink-0 gap-0.5 border-b border-zinc-200 px-2 py-1 dark:border-zinc-800"
        />
      )}
      <div className="min-h-0 flex-1">
        {!account || tab === 'policies' ? (
          <PolicyList />
        ) : (
          // Another workspace's account starts with an empty search.
          <IdentitiesPanel key={epoch} account={account} />
        )}
      </div>
    </div>
  );
}
