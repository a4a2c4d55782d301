import { useState } from 'react';

interface AttachedToFieldProps {
  label: string;
  placeholder: string;
  value: readonly string[];
  onCommit: (entries: string[]) => void;
}

/** One entry per line, committed when the field loses focus, never per keystroke. */
export function AttachedToField({ label, placeholder, value, onCommit }: AttachedToFieldProps) {
  const joined = value.join('\n');
  const [draft, setDraft] = useState(joined);
  const [shown, setShown] = useState(joined);
  if (shown !== joined) {
    setShown(joined);
    setDraft(joined);
  }
  return (
    <label className="flex flex-col gap-1">
      <span className="text-[11px] font-medium text-zinc-500 dark:text-zinc-400">{label}</span>
      <textarea
        rows={2}
        spellCheck={false}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== joined) onCommit(draft.split('\n'));
        }}
        className="resize-y rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-[11px] text-zinc-900 focus:border-indigo-500 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
    </label>
  );
}
