import { useSyncExternalStore } from 'react';
import type { SessionState, WorkspaceSession } from '../../../persistence/workspace-session.ts';

export function useSessionState(session: WorkspaceSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
