interface HiddenChecksProps {
  codes: readonly string[];
  onRestore: (code: string) => void;
}

/** The codes the user hid, each with a button that shows its findings again. */
export function HiddenChecks({ codes, onRestore }: HiddenChecksProps) {
  if (codes.length === 0) return null;
  return (
    <details className="mt-1 px-3 text-zinc-500 dark:text-zinc-400">
      <summary className="cursor-pointer text-[11px]">Hidden checks ({codes.length})</summary>
      <ul aria-label="Hidden checks" className="flex flex-wrap gap-1 py-1">
        {codes.map((code) => (
          <li
            key={code}
            className="flex items-center gap-1 rounded border border-zinc-300 pl-1.5 font-mono text-[11px] dark:border-zinc-700"
          >
            {code}
            <button
              type="button"
              aria-label={`Show check ${code}`}
              className="rounded-r px-1.5 font-sans hover:bg-zinc-200 dark:hover:bg-zinc-800"
              onClick={() => onRestore(code)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
