import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { PolicyTemplate } from '../../../core/index.ts';
import { buttonClass, codeBlockClass, primaryButtonClass } from './classes.ts';

export interface TemplateResultsHandle {
  /** Scrolls result `index` into view and puts the keyboard on its Use button. */
  focusResult(index: number): void;
}

interface TemplateResultsProps {
  templates: readonly PolicyTemplate[];
  onChoose(template: PolicyTemplate): void;
  /** ↑ on the first result: back to the search box. */
  onLeaveTop(): void;
  ref?: Ref<TemplateResultsHandle>;
}

/** A card's height before it is measured: title and type, one line of description, buttons. */
const ESTIMATED_CARD_HEIGHT = 92;

/**
 * Every matching template, however many (AWS has about 1,600 managed policies): only the cards
 * in view are in the page, and ↓ / ↑ move the keyboard from one card's Use button to the next.
 */
export function TemplateResults({ templates, onChoose, onLeaveTop, ref }: TemplateResultsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [previewId, setPreviewId] = useState<string>();
  // The virtualizer's own state is read each render, which is what this list wants.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: templates.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => templates[index]?.id ?? index,
    overscan: 4,
  });

  /** The card is only in the page once the list has scrolled to it: try for a few frames. */
  const focusWhenShown = (index: number, frames = 10) =>
    requestAnimationFrame(() => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] [data-use]`,
      );
      if (button) button.focus();
      else if (frames > 0) focusWhenShown(index, frames - 1);
    });

  const focusResult = (index: number) => {
    if (index < 0) return onLeaveTop();
    if (index >= templates.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusWhenShown(index);
  };
  useImperativeHandle(ref, () => ({ focusResult }));

  const onKeyDown = (event: React.KeyboardEvent) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!card || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    focusResult(Number(card.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1));
  };

  return (
    <div ref={scroller} className="max-h-[55vh] min-h-0 overflow-auto" onKeyDown={onKeyDown}>
      <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const template = templates[row.index]!;
          const previewing = previewId === template.id;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-label={template.title}
              aria-setsize={templates.length}
              aria-posinset={row.index + 1}
              className="absolute inset-x-0 top-0 pb-2"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <div className="flex flex-col gap-1.5 rounded border border-zinc-200 p-2.5 focus-within:border-indigo-500 focus-within:ring-1 focus-within:ring-indigo-500 dark:border-zinc-700">
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-xs font-semibold break-all">{template.title}</h3>
                  <span className="rounded bg-zinc-100 px-1.5 text-[10px] text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                    {template.type}
                  </span>
                </div>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">{template.description}</p>
                {previewing && <pre className={codeBlockClass}>{template.document}</pre>}
                <div className="flex gap-1.5">
                  <button
                    type="button"
                    data-use
                    aria-label={`Use ${template.title}`}
                    className={primaryButtonClass}
                    onClick={() => onChoose(template)}
                  >
                    Use
                  </button>
                  <button
                    type="button"
                    className={buttonClass}
                    aria-expanded={previewing}
                    onClick={() => setPreviewId(previewing ? undefined : template.id)}
                  >
                    {previewing ? 'Hide' : 'Preview'}
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
