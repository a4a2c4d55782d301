import { useState } from 'react';
import type { DiffFinding } from '../../../core/index.ts';
import { labelClass } from '../simulator/classes.ts';
import { DiffExample, type ExampleActions } from './DiffExample.tsx';

/** Examples shown before "Show all": a reviewer reads a short list first. */
const FIRST_SHOWN = 50;

/** The findings come sorted by service and action: each service's run of them, in order. */
function byService(findings: readonly DiffFinding[]): Map<string, DiffFinding[]> {
  const services = new Map<string, DiffFinding[]>();
  for (const finding of findings) {
    const examples = services.get(finding.service);
    if (examples) examples.push(finding);
    else services.set(finding.service, [finding]);
  }
  return services;
}

/** The examples of one direction (new or removed access), grouped by service. */
export function ExampleSection({
  title,
  findings,
  oldLabel,
  actions,
}: {
  title: string;
  findings: readonly DiffFinding[];
  oldLabel: string;
  actions: ExampleActions;
}) {
  const [all, setAll] = useState(false);
  if (findings.length === 0) return null;
  const shown = all ? findings : findings.slice(0, FIRST_SHOWN);
  const services = byService(shown);
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className={labelClass}>
        {title} ({findings.length} example{findings.length === 1 ? '' : 's'})
      </h3>
      {[...services].map(([service, examples]) => (
        <section key={service} aria-label={`${title}: ${service}`} className="flex flex-col gap-1">
          <h4 className="font-mono text-xs font-semibold text-zinc-700 dark:text-zinc-200">
            {service}
          </h4>
          <ul className="flex flex-col gap-1.5">
            {examples.map((finding, index) => (
              <DiffExample
                key={`${finding.request.action}#${index}`}
                finding={finding}
                oldLabel={oldLabel}
                actions={actions}
              />
            ))}
          </ul>
        </section>
      ))}
      {shown.length < findings.length && (
        <button
          type="button"
          className="self-start text-xs text-sky-700 underline dark:text-sky-300"
          onClick={() => setAll(true)}
        >
          Show all {findings.length}
        </button>
      )}
    </section>
  );
}
