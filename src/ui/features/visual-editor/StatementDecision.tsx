import { use, useEffect, useRef } from 'react';
import { statementLabel } from '../../../core/index.ts';
import { StatementDecisionContext } from './statement-decision.ts';

const TONES = {
  Allow: {
    text: 'allowed the selected request',
    className:
      'border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-200',
  },
  Deny: {
    text: 'denied the selected request',
    className:
      'border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-200',
  },
};

/**
 * The card's part in the selected request's decision, as Monaco marks it: green when the
 * statement allowed it, red when it denied it, with the statement named. The card comes into
 * view when the selection makes it a deciding one.
 */
export function StatementDecision({ statement }: { statement: number }) {
  const deciding = use(StatementDecisionContext).get(statement);
  const banner = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (deciding) banner.current?.scrollIntoView?.({ block: 'nearest' });
  }, [deciding]);
  if (!deciding) return null;
  const tone = TONES[deciding.effect];
  return (
    <p
      ref={banner}
      role="status"
      data-decision={deciding.effect}
      className={`rounded border-l-4 px-2 py-1 text-xs font-medium ${tone.className}`}
    >
      {statementLabel({ sid: deciding.sid, statementIndex: statement })} {tone.text}
    </p>
  );
}
