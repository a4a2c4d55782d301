const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
  '[contenteditable="true"]',
].join(',');

/** The controls inside `container` that Tab stops at, in order. */
export function tabbableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  );
}

/**
 * Keeps keyboard focus inside `container` (a modal dialog, WAI-ARIA APG's dialog pattern): Tab from
 * its last control goes to its first, Shift+Tab from its first (or from the container itself) to
 * its last, and focus that lands outside it is brought back. Escape calls `onEscape`. Returns the
 * function that lets go.
 */
export function trapFocus(container: HTMLElement, onEscape: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const tabbable = tabbableIn(container);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    const active = document.activeElement;
    const inside = active instanceof Node && container.contains(active);
    let target: HTMLElement | undefined;
    if (!first || !last) target = container;
    else if (!inside) target = event.shiftKey ? last : first;
    else if (event.shiftKey && (active === first || active === container)) target = last;
    else if (!event.shiftKey && active === last) target = first;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof Node && !container.contains(event.target)) container.focus();
  };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('focusin', onFocusIn);
  return () => {
    document.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('focusin', onFocusIn);
  };
}
