import { useMemo } from 'react';
import { parseFilterPattern } from '../../../core/index.ts';
import { useStudio, useStudioActions } from '../../../store/store.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { buttonClass, inputClass } from '../simulator/classes.ts';
import { MatchedEvents } from './MatchedEvents.tsx';
import { practices } from './practices.ts';

/** The pattern with a caret under the column of its syntax error. */
function LocatedError({
  pattern,
  column,
  message,
}: {
  pattern: string;
  column: number;
  message: string;
}) {
  return (
    <div
      role="alert"
      aria-label="Pattern error"
      className="flex flex-col gap-1 text-xs text-red-700 dark:text-red-400"
    >
      <p>
        Column {column}: {message}
      </p>
      <pre
        data-testid="pattern-caret"
        tabIndex={0}
        className="overflow-x-auto font-mono text-[11px]"
      >
        {pattern.replace(/\s/g, ' ')}
        {'\n'}
        {' '.repeat(column - 1)}^
      </pre>
    </div>
  );
}

/** How the user's pattern did on the events read, or why it was not tested. */
function PatternResult({ pattern, hasLogs }: { pattern: string; hasLogs: boolean }) {
  const job = useStudio((s) => s.customPatternEvents);
  if (!hasLogs)
    return (
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Import CloudTrail logs to test it on their events.
      </p>
    );
  if (!job || job.pattern !== pattern) return null;
  if (job.status === 'running')
    return (
      <p role="status" className="text-xs">
        Testing…
      </p>
    );
  if (job.status === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-400">
        The test failed: {job.error}
      </p>
    );
  const matches = job.output.patterns[0];
  if (!matches) return null;
  return (
    <div className="flex flex-col gap-1">
      <p role="status" aria-label="Pattern matches" className="text-xs">
        Matches {matches.matched.toLocaleString('en-US')} of{' '}
        {job.output.tested.toLocaleString('en-US')} events.
      </p>
      <MatchedEvents matches={matches} label="Events your pattern matches" />
    </div>
  );
}

/** A filter pattern of the user's own: its syntax checked as it is typed, then tested on the logs. */
export function PatternTester() {
  const { pattern, hasLogs } = useStudio((s) => ({
    pattern: s.customPattern,
    hasLogs: s.cloudTrailLogs !== undefined,
  }));
  const { setCustomPattern } = useStudioActions();
  const parsed = useMemo(() => parseFilterPattern(pattern), [pattern]);
  const test = () => {
    if (parsed.ok) practices.testCustomPattern(pattern);
  };
  return (
    <section aria-label="Your pattern" className="flex flex-col gap-2 text-xs">
      <h3 className="font-semibold">Your own pattern</h3>
      <div className="flex gap-2">
        <TextInput
          aria-label="Filter pattern"
          aria-invalid={!parsed.ok}
          value={pattern}
          onChange={setCustomPattern}
          onKeyDown={(event) => {
            if (event.key === 'Enter') test();
          }}
          className={inputClass}
        />
        <button
          type="button"
          className={buttonClass}
          disabled={!parsed.ok || !hasLogs}
          onClick={test}
        >
          Test
        </button>
      </div>
      {!parsed.ok && <LocatedError pattern={pattern} {...parsed.error} />}
      {parsed.ok && <PatternResult pattern={pattern} hasLogs={hasLogs} />}
    </section>
  );
}
