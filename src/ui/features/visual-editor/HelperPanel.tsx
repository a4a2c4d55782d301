import type { ReactNode } from 'react';
import { CloseButton } from '../../components/CloseButton.tsx';
import { iconButtonClass } from './ui-classes.ts';

interface HelperPanelProps {
  /** The dialog's accessible name; the close button is "Close <label>". */
  label: string;
  /** What the header shows before the close button. */
  heading: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** The frame of a card's helper (the action picker, the ARN builder): a header with close. */
export function HelperPanel({ label, heading, onClose, children }: HelperPanelProps) {
  return (
    <div
      role="dialog"
      aria-label={label}
      className="flex flex-col gap-2 rounded-md border border-zinc-300 bg-zinc-50 p-2 shadow-sm dark:border-zinc-700 dark:bg-zinc-950"
    >
      <div className="flex items-center gap-2">
        {heading}
        <CloseButton
          className={`${iconButtonClass} ml-auto`}
          aria-label={`Close ${label}`}
          title="Close"
          onClick={onClose}
        />
      </div>
      {children}
    </div>
  );
}
