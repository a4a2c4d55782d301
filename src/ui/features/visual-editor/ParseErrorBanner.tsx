export interface ParseErrorInfo {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** Says where the text is broken while the form shows the last valid version read-only. */
export function ParseErrorBanner({ error }: { error: ParseErrorInfo | undefined }) {
  const where = error
    ? `The policy text has an error at line ${error.line}, column ${error.column}: ${error.message.replace(/\.$/, '')}.`
    : 'The policy text cannot be read.';
  return (
    <div
      role="alert"
      className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      {where} Fix it in the editor; the form is read-only until then.
    </div>
  );
}
