import { useEffect } from 'react';
import { Group, Panel, useDefaultLayout } from 'react-resizable-panels';
import { analysisClient } from '../analysis/analysis-client.ts';
import { connectAnalysis } from '../analysis/connect-store.ts';
import { useStudio, useStudioStore } from '../store/store.ts';
import { ResizeHandle } from '../ui/components/ResizeHandle.tsx';
import { AccountAnalysis } from '../ui/features/account/AccountAnalysis.tsx';
import { CloudTrailView } from '../ui/features/cloudtrail/CloudTrailView.tsx';
import { DiffView } from '../ui/features/diff/DiffView.tsx';
import { PolicyEditorPane } from '../ui/features/policy-editor/PolicyEditorPane.tsx';
import { PolicySidebar } from '../ui/features/identities/PolicySidebar.tsx';
import { PracticesView } from '../ui/features/practices/PracticesView.tsx';
import { SimulatorPanel } from '../ui/features/simulator/SimulatorPanel.tsx';
import { WorkspaceBanners } from '../ui/features/workspace-io/WorkspaceBanners.tsx';
import type { WorkspaceSession } from '../persistence/workspace-session.ts';
import { Header } from './Header.tsx';
import { useApplyTheme, useResolvedTheme } from './theme.ts';

export function App({ session }: { session: WorkspaceSession }) {
  const preference = useStudio((s) => s.themePreference);
  // The Identities tab of an account workspace shows the account's analysis in the main area.
  const analysed = useStudio((s) => (s.sidebarTab === 'identities' ? s.account : undefined));
  const cloudTrailOpen = useStudio((s) => s.cloudTrailOpen);
  const practicesOpen = useStudio((s) => s.practicesOpen);
  const comparing = useStudio((s) => s.comparison !== null);
  const theme = useResolvedTheme(preference);
  useApplyTheme(theme);
  const layout = useDefaultLayout({ id: 'iam-policy-studio:panes', storage: localStorage });
  // Findings and simulation follow the scenario whichever panels are shown.
  useEffect(() => connectAnalysis(useStudioStore, analysisClient), []);

  return (
    <div className="flex h-full flex-col">
      <Header session={session} />
      <WorkspaceBanners session={session} />
      <main className="min-h-0 flex-1">
        <Group
          orientation="horizontal"
          defaultLayout={layout.defaultLayout}
          onLayoutChanged={layout.onLayoutChanged}
        >
          {/* At least as wide as the list's title row: "Policies", the count and "+ Add policy". */}
          <Panel id="policies" defaultSize="18%" minSize="240px" maxSize="35%">
            <PolicySidebar />
          </Panel>
          <ResizeHandle id="policies-editor" />
          <Panel id="editor" minSize="30%">
            {practicesOpen ? (
              <PracticesView />
            ) : cloudTrailOpen ? (
              <CloudTrailView />
            ) : comparing ? (
              <DiffView />
            ) : analysed ? (
              <AccountAnalysis account={analysed} />
            ) : (
              <PolicyEditorPane />
            )}
          </Panel>
          <ResizeHandle id="editor-simulator" />
          <Panel id="simulator" defaultSize="26%" minSize="220px" maxSize="50%">
            <SimulatorPanel />
          </Panel>
        </Group>
      </main>
    </div>
  );
}
