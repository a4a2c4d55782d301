import { useState } from 'react';
import type { PolicyType, Scenario, ScenarioPolicy, ScenarioRequest } from '../../../core/index.ts';
import type { WorkspaceSession } from '../../../persistence/workspace-session.ts';
import { buttonClass } from './classes.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { TemplateGallery } from './TemplateGallery.tsx';
import { useSessionState } from './useSession.ts';

export interface NewPolicy {
  type: PolicyType;
  name: string;
  document: string;
  attachedTo?: string[];
  level?: number;
}

interface WorkspaceToolbarProps {
  session: WorkspaceSession;
  getScenario(): Scenario;
  selectedPolicy?: ScenarioPolicy;
  selectedRequest?: { request: ScenarioRequest; key: string };
  onAddPolicy(policy: NewPolicy): void;
}

type Open = 'templates' | 'import' | 'export' | 'share' | undefined;

/** Templates, import, export and share: everything that brings a scenario in or takes it out. */
export function WorkspaceToolbar({
  session,
  getScenario,
  selectedPolicy,
  selectedRequest,
  onAddPolicy,
}: WorkspaceToolbarProps) {
  const [open, setOpen] = useState<Open>();
  const { readOnly } = useSessionState(session);
  const close = () => setOpen(undefined);
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={readOnly}
        onClick={() => setOpen('templates')}
      >
        Templates
      </button>
      <button type="button" className={buttonClass} onClick={() => setOpen('import')}>
        Import
      </button>
      <button type="button" className={buttonClass} onClick={() => setOpen('export')}>
        Export
      </button>
      <button type="button" className={buttonClass} onClick={() => setOpen('share')}>
        Share
      </button>
      {open === 'templates' && (
        <TemplateGallery
          onClose={close}
          onChoose={(template) => {
            onAddPolicy({ type: template.type, name: template.title, document: template.document });
            close();
          }}
        />
      )}
      {open === 'import' && (
        <ImportDialog
          onClose={close}
          onOpenAccount={(scenario, name) => session.createWorkspace(scenario, name)}
          accountId={getScenario().account?.id}
          onImport={(imported, fileName) => {
            if (imported.kind === 'scenario') {
              session.createWorkspace(
                imported.scenario,
                fileName?.replace(/\.json$/i, '') ?? 'Imported scenario',
              );
            } else if (imported.kind === 'policies') {
              imported.policies.forEach(onAddPolicy);
            } else {
              onAddPolicy({
                type: imported.type,
                name: fileName?.replace(/\.json$/i, '') ?? 'Imported policy',
                document: imported.document,
              });
            }
            close();
          }}
        />
      )}
      {open === 'export' && (
        <ExportDialog
          scenario={getScenario()}
          {...(selectedPolicy && { policy: selectedPolicy })}
          {...(selectedRequest && { request: selectedRequest.request })}
          onClose={close}
        />
      )}
      {open === 'share' && (
        <ShareDialog
          scenario={getScenario()}
          {...(selectedRequest && { selectedRequest: selectedRequest.key })}
          page={window.location}
          onClose={close}
        />
      )}
    </div>
  );
}
