import { useEffect, useState } from 'react';
import { useStudioStore, type StudioState } from '../../../store/store.ts';

/** How long the deleted-policy notice stays when nothing else happens. */
export const NOTICE_MILLISECONDS = 10_000;

/** What the user's next action changes: the policies, their selection, the requests. */
const actedOn = (s: StudioState) => [s.policies, s.selectedPolicyId, s.requests] as const;

/**
 * Dismisses the notice of a deletion (`shown`) after NOTICE_MILLISECONDS, or at the user's
 * next action, whichever comes first. The time is not counted while the pointer or the focus is
 * on the notice, so that it does not go away as it is being read or reached with the keyboard.
 */
export function useDeletedNotice(shown: object | undefined, dismiss: () => void) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const before = actedOn(useStudioStore.getState());
    return useStudioStore.subscribe((state) => {
      if (state.deletedPolicy && actedOn(state).some((value, i) => value !== before[i])) {
        dismiss();
      }
    });
  }, [shown, dismiss]);
  useEffect(() => {
    if (!shown || held) return;
    const timer = setTimeout(dismiss, NOTICE_MILLISECONDS);
    return () => clearTimeout(timer);
  }, [shown, held, dismiss]);
  return { hold: () => setHeld(true), release: () => setHeld(false) };
}
