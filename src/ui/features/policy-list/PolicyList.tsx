import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useRef } from 'react';
import { selectSelectedPolicy, useStudio, useStudioActions } from '../../../store/store.ts';
import { PaneHeader } from '../../components/PaneHeader.tsx';
import { AddPolicyMenu } from './AddPolicyMenu.tsx';
import { PolicyListItem } from './PolicyListItem.tsx';
import { PolicySettings } from './PolicySettings.tsx';
import { UndoDelete } from './UndoDelete.tsx';

/** An item's height before it is measured: its name and its type line. */
const ESTIMATED_ITEM_HEIGHT = 48;
/** The list's padding above its first item and below its last. */
const LIST_PADDING = 6;

/** The item a key moves the keyboard to, from item `index` of `count`. */
function keyTarget(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The scenario's policies: status, name and type of each, and the selected one's settings. Only
 * the items in view are in the page (an account's workspace has thousands of policies); ↓ ↑ Home
 * End move the keyboard through all of them.
 */
export function PolicyList() {
  const { policies, selectedPolicyId, selected, readOnly } = useStudio((s) => ({
    policies: s.policies,
    selectedPolicyId: s.selectedPolicyId,
    selected: selectSelectedPolicy(s),
    readOnly: s.readOnly,
  }));
  const { selectPolicy } = useStudioActions();
  // Status dots need a parse; they follow typing in a deferred render, like the form.
  const shown = useDeferredValue(policies);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's own state is read each render, which is what this list wants.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ITEM_HEIGHT,
    getItemKey: (index) => shown[index]?.id ?? index,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    scrollPaddingStart: LIST_PADDING,
    scrollPaddingEnd: LIST_PADDING,
    overscan: 6,
  });

  const selectedIndex = shown.findIndex((policy) => policy.id === selectedPolicyId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  /** The item is only in the page once the list has scrolled to it: try for a few frames. */
  const focusWhenShown = (index: number, frames = 10) =>
    requestAnimationFrame(() => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] button`,
      );
      if (button) button.focus();
      else if (frames > 0) focusWhenShown(index, frames - 1);
    });

  const onKeyDown = (event: React.KeyboardEvent) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const target = item && keyTarget(event.key, Number(item.dataset.index), shown.length);
    if (target === undefined || target === null) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusWhenShown(target);
  };

  return (
    <section aria-label="Policies" className="flex h-full flex-col bg-zinc-50 dark:bg-zinc-950">
      <PaneHeader title="Policies">
        <span className="flex items-center gap-1.5">
          <span className="rounded bg-zinc-200/70 px-1.5 text-[11px] font-medium text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-400">
            {policies.length}
          </span>
          {!readOnly && <AddPolicyMenu />}
        </span>
      </PaneHeader>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto px-1.5" onKeyDown={onKeyDown}>
        <ul
          aria-label="Policy list"
          className="relative"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const policy = shown[row.index]!;
            return (
              <PolicyListItem
                key={row.key}
                policy={policy}
                selected={policy.id === selectedPolicyId}
                onSelect={selectPolicy}
                index={row.index}
                count={shown.length}
                top={row.start}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </ul>
        {policies.length === 0 && (
          <p className="px-2 py-4 text-center text-xs text-zinc-500 dark:text-zinc-400">
            No policies yet: add one with “+ Add policy”.
          </p>
        )}
      </div>
      <UndoDelete />
      {selected && (
        <fieldset disabled={readOnly} className="contents">
          <PolicySettings key={selected.id} policy={selected} />
        </fieldset>
      )}
    </section>
  );
}
