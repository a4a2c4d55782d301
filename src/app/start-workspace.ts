import { analysisClient } from '../analysis/analysis-client.ts';
import { createScenarioBinding } from '../store/scenario-binding.ts';
import { useStudioStore } from '../store/store.ts';
import { readShareFragment } from '../persistence/share-url.ts';
import { WorkspaceSession } from '../persistence/workspace-session.ts';
import { WorkspaceStorage } from '../persistence/workspace-storage.ts';

/** The storage keys of the workspaces and their index (see workspace-storage.ts). */
const WORKSPACE_KEYS = 'iam-policy-studio:workspace';

function randomId(): string {
  // randomUUID needs a secure context; a page opened from a file:// path may not be one.
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Packs a workspace's long text in the analysis worker; the latest save's text wins. */
async function packInWorker(text: string, signal: AbortSignal): Promise<string> {
  const packed = await analysisClient.run('packText', text, { lane: 'pack-workspace', signal });
  if (packed === undefined) throw new Error('Replaced by a later save, or cancelled');
  return packed;
}

/**
 * A share link is read once: once its scenario is the user's own workspace (not a read-only
 * view), the fragment goes, so that a reload shows the saved work rather than the link again.
 */
function dropConsumedShareLink(session: WorkspaceSession): void {
  if (session.getState().readOnly || !readShareFragment(window.location.hash)) return;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

/**
 * The app's one workspace session: opens a share link or restores the last workspace into the
 * store, autosaves, saves a pending change when the page is hidden, and follows other tabs.
 */
export function startWorkspaceSession(): WorkspaceSession {
  const storage = new WorkspaceStorage(localStorage, randomId());
  const session = new WorkspaceSession(
    storage,
    createScenarioBinding(useStudioStore),
    randomId,
    packInWorker,
  );
  const follow = () => {
    useStudioStore.getState().actions.setReadOnly(session.getState().readOnly);
    dropConsumedShareLink(session);
  };
  session.subscribe(follow);
  session.start(window.location.hash);
  follow();
  // Storage full or a conflict with another tab: leaving now would lose the work, so ask first.
  window.addEventListener('beforeunload', (event) => {
    if (!session.saveBeforeUnload()) return;
    event.preventDefault();
    // Browsers before the standard (Chrome 119) ask only when returnValue is set.
    event.returnValue = true;
  });
  window.addEventListener('pagehide', () => session.flush());
  // Mobile browsers may discard a hidden page without a pagehide.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.flush();
  });
  window.addEventListener('storage', (event) => {
    // A null key: another tab cleared the storage.
    const ours = event.key === null || event.key.startsWith(WORKSPACE_KEYS);
    if (event.storageArea === localStorage && ours) session.onExternalChange();
  });
  return session;
}
