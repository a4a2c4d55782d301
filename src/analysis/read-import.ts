import { decodeJsonText, importText, type ImportedText } from '../core/index.ts';

/** A file's bytes with its name, or a pasted text. */
export type ImportSource = { bytes: Uint8Array; fileName: string } | { text: string };

/** What an import source holds; `text` is the file's decoded text (not sent back for a paste). */
export interface ReadImport {
  imported: ImportedText;
  text?: string;
}

/**
 * Reads what the import dialog was given: a file is decoded as UTF-8 (bytes that are not are
 * an error with their line and column, never a silent U+FFFD), then read by importText. Run in
 * the worker: a 5 MB get-account-authorization-details output takes the main thread half a second.
 */
export function readImport(source: ImportSource): ReadImport {
  if ('text' in source) return { imported: importText(source.text) };
  const { bytes, fileName } = source;
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) {
    const message = `${fileName}, line ${decoded.line}, column ${decoded.column}: ${decoded.message}`;
    return { imported: { kind: 'error', message } };
  }
  const imported = importText(decoded.text);
  if (imported.kind === 'error') {
    return { imported: { ...imported, message: `${fileName}: ${imported.message}` } };
  }
  return { imported, text: decoded.text };
}
