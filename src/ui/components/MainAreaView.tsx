import type { ReactNode } from 'react';
import { PaneHeader } from './PaneHeader.tsx';

/**
 * A view shown in the main area in place of the editor (CloudTrail, best practices): its region,
 * its title with the way back to the editor, and its content below.
 */
export function MainAreaView({
  label,
  title,
  backButtonClass,
  onBack,
  children,
}: {
  label: string;
  title: string;
  backButtonClass: string;
  onBack(): void;
  children: ReactNode;
}) {
  return (
    <section aria-label={label} className="flex h-full flex-col bg-white dark:bg-zinc-900">
      <PaneHeader title={title}>
        <button type="button" className={backButtonClass} onClick={onBack}>
          Back to the editor
        </button>
      </PaneHeader>
      {children}
    </section>
  );
}
