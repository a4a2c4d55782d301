import { parsePolicy } from '../../../core/index.ts';
import { policyPlaceAt, type ReadStatementActions, statementActionsAt } from './location.ts';

/** Splits `marked` at its `|`: the text without the marker, and the marker's offset. */
export function unmarked(marked: string): { text: string; offset: number } {
  return { text: marked.replace('|', ''), offset: marked.indexOf('|') };
}

/**
 * The place at the `|` of `marked`, with its statement's Action values read from a parse of the
 * text, as the page's parse gives them to completion and hover.
 */
export function markedPlace(marked: string) {
  const { text, offset } = unmarked(marked);
  const place = policyPlaceAt(text, offset);
  if (!place) throw new Error(`no place at the | of ${marked}`);
  const actions: ReadStatementActions = async () =>
    statementActionsAt(parsePolicy(text).policy.statements, offset);
  return { place, actions };
}
