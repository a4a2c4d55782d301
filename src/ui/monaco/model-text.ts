import type { monaco } from './monaco.ts';

/**
 * The text of each model as last read, by its version. Monaco makes a new string of the whole
 * text for each getValue(): at 10,000 statements, 3.4 MB for the editor's change event, again for
 * completion and hover, again when findings arrive, and the garbage collector's pauses for those
 * copies were the longest tasks while typing. Read here, a version's text is made once.
 */
const latest = new WeakMap<monaco.editor.ITextModel, { version: number; text: string }>();

/** The model's text, as getValue() gives it, made once for each version of the model. */
export function modelText(model: monaco.editor.ITextModel): string {
  const version = model.getVersionId();
  const known = latest.get(model);
  if (known?.version === version) return known.text;
  const text = model.getValue();
  latest.set(model, { version, text });
  return text;
}
