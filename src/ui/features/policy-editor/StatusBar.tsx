import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type PolicyType } from '../../../core/index.ts';
import type { CursorPlace } from '../../monaco/index.ts';
import {
  subscribeToTabFocus,
  TAB_FOCUS_SHORTCUT,
  tabMovesFocus,
  toggleTabFocus,
} from '../../monaco/tab-focus-state.ts';
import { foldsText, NO_FOLDING_NOTE } from './folding-note.ts';
import { policySize, sizeQuotas } from './policy-size.ts';

const count = new Intl.NumberFormat('en-US');

/** From this size on, counting (a pass over the whole text) waits for a pause in typing. */
const LARGE_TEXT = 100_000;
const PAUSE_MS = 300;

/** policySize of the text: at once for usual texts, after a pause in typing for large ones. */
function useCountedSize(document: string): number {
  const large = document.length >= LARGE_TEXT;
  const [counted, setCounted] = useState(() => ({ document, size: policySize(document) }));
  useEffect(() => {
    if (!large || counted.document === document) return;
    const timer = setTimeout(() => setCounted({ document, size: policySize(document) }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [document, large, counted.document]);
  const now = useMemo(() => (large ? undefined : policySize(document)), [document, large]);
  return now ?? counted.size;
}

/** What Tab does in the editor, and the button that switches it (as the shortcut does). */
function TabKeyMode() {
  const movesFocus = useSyncExternalStore(subscribeToTabFocus, tabMovesFocus);
  return (
    <button
      type="button"
      data-testid="tab-key-mode"
      title="Toggle Tab Key Moves Focus"
      onClick={toggleTabFocus}
      className="rounded px-1 hover:bg-zinc-200 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      {/* Read out when it changes, as Monaco's own toggle does: typing in the editor changes it. */}
      <span aria-live="polite">
        {movesFocus ? 'Tab moves focus' : 'Tab inserts spaces'} ({TAB_FOCUS_SHORTCUT})
      </span>
    </button>
  );
}

interface StatusBarProps {
  document: string;
  type: PolicyType;
  cursor: CursorPlace | undefined;
}

/** Cursor position, what Tab does, and the policy's size against AWS's quota(s) for its type. */
export function StatusBar({ document, type, cursor }: StatusBarProps) {
  const size = useCountedSize(document);
  return (
    <footer
      aria-label="Status bar"
      data-testid="status-bar"
      className="flex h-6 shrink-0 items-center gap-3 overflow-hidden border-t whitespace-nowrap xl:gap-4 border-zinc-200 bg-zinc-50 px-3 text-[11px] text-zinc-500 tabular-nums dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400"
    >
      <span data-testid="cursor-position">
        {cursor ? `Ln ${cursor.line}, Col ${cursor.column}` : 'Ln -, Col -'}
      </span>
      <TabKeyMode />
      <span data-testid="policy-size" title="Characters AWS counts: whitespace is not counted">
        {count.format(size)} characters
      </span>
      {!foldsText(document.length) && (
        <span data-testid="no-folding" title={NO_FOLDING_NOTE}>
          No folding (large text)
        </span>
      )}
      {sizeQuotas(type).map((quota) => {
        const over = size > quota.characters;
        return (
          <span
            key={quota.label}
            data-over={over || undefined}
            className={over ? 'font-medium text-amber-700 dark:text-amber-400' : undefined}
          >
            {over
              ? `Over ${count.format(quota.characters)} (${quota.label})`
              : `Max ${count.format(quota.characters)} (${quota.label})`}
          </span>
        );
      })}
    </footer>
  );
}
