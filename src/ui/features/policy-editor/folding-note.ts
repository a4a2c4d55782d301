import { NO_FOLDING_FROM } from '../../monaco/folding-limit.ts';

/** Whether the editor folds a text of this length (editor.ts turns folding off for huge ones). */
export const foldsText = (length: number) => length < NO_FOLDING_FROM;

export const NO_FOLDING_NOTE = `No folding in a text of ${new Intl.NumberFormat('en-US').format(NO_FOLDING_FROM)} characters or more: working the folds out after every edit would hold the page up`;
