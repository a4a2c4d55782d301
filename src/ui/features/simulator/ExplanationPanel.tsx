import { useEffect, useState } from 'react';
import {
  type Explanation,
  type ExplanationStep,
  type NamedStatement,
  type Span,
  type StatementExplanation,
  type StepTone,
} from '../../../core/index.ts';
import { labelClass } from './classes.ts';

export interface PointAt {
  /** Highlights an element of a policy in the editor; null clears it. */
  hover(policyId: string, span: Span | null): void;
  /** Opens the policy in the editor. */
  open(policyId: string): void;
}

/** The statements of a step that the explanation left out; null when it is out of date. */
export type LoadOthers = (step: number) => Promise<NamedStatement[] | null>;

const TONE_MARKS: Record<StepTone, { mark: string; className: string }> = {
  allow: { mark: '✓', className: 'text-green-700 dark:text-green-400' },
  deny: { mark: '✕', className: 'text-red-700 dark:text-red-400' },
  neutral: { mark: '–', className: 'text-amber-700 dark:text-amber-300' },
  skipped: { mark: '·', className: 'text-zinc-400' },
};

/** A line that highlights its policy element in the editor while the pointer is over it. */
function PointingLine({
  policyId,
  span,
  matched,
  text,
  at,
}: {
  policyId: string;
  span: Span;
  matched: boolean;
  text: string;
  at: PointAt;
}) {
  return (
    <li
      data-testid="explanation-line"
      className="flex cursor-default gap-1.5 rounded px-1 hover:bg-yellow-100/70 dark:hover:bg-yellow-900/30"
      onMouseEnter={() => at.hover(policyId, span)}
      onMouseLeave={() => at.hover(policyId, null)}
    >
      <span
        aria-label={matched ? 'matched' : 'did not match'}
        className={
          matched ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'
        }
      >
        {matched ? '✓' : '✕'}
      </span>
      <span>{text}</span>
    </li>
  );
}

function StatementDetails({ statement, at }: { statement: StatementExplanation; at: PointAt }) {
  return (
    <li className="flex flex-col gap-0.5">
      <span className="text-xs font-medium">
        {statement.label} ({statement.effect}) {statement.applies ? 'applies' : 'does not apply'}
      </span>
      <ul className="flex flex-col text-xs text-zinc-600 dark:text-zinc-300">
        {statement.elements.map((check) => (
          <PointingLine
            key={check.element}
            policyId={statement.policyId}
            span={check.span}
            matched={check.matched}
            text={check.text}
            at={at}
          />
        ))}
        {statement.conditions.map((condition, index) => (
          <PointingLine
            key={`c${index}`}
            policyId={statement.policyId}
            span={condition.span}
            matched={condition.matched}
            text={`${condition.operator}: ${condition.text}`}
            at={at}
          />
        ))}
      </ul>
    </li>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The left-out statements of a step, fetched when first asked for and again after each run. */
function OtherStatements({
  others,
  stepIndex,
  load,
  at,
}: {
  others: number;
  stepIndex: number;
  load: LoadOthers;
  at: PointAt;
}) {
  const [shown, setShown] = useState(false);
  // After an edit the previous run's statements stay until this run's arrive: no flicker.
  const [loaded, setLoaded] = useState<NamedStatement[]>();
  useEffect(() => {
    if (!shown) return;
    let current = true;
    void load(stepIndex).then((statements) => {
      if (current && statements) setLoaded(statements);
    });
    return () => {
      current = false;
    };
    // `load` is new for every run, so this fetches again after each edit.
  }, [shown, stepIndex, load]);
  if (!shown)
    return (
      <li>
        <button
          type="button"
          className="text-zinc-500 hover:underline dark:text-zinc-400"
          onClick={() => setShown(true)}
        >
          {others === 1
            ? 'Show 1 other statement that does not apply'
            : `Show ${others} other statements that do not apply`}
        </button>
      </li>
    );
  if (!loaded) return <li className="text-zinc-500 dark:text-zinc-400">Loading…</li>;
  return loaded.map((statement) => (
    <StatementDetails
      key={`${statement.policyId}#${statement.statementIndex}`}
      statement={statement}
      at={at}
    />
  ));
}

function Step({
  step,
  stepIndex,
  load,
  at,
}: {
  step: ExplanationStep;
  stepIndex: number;
  load: LoadOthers;
  at: PointAt;
}) {
  const tone = TONE_MARKS[step.tone];
  const statements = step.policies.flatMap((policy) =>
    policy.statements.map((statement) => ({ policy, statement })),
  );
  const others = step.others ?? 0;
  const checked = statements.length + others;
  return (
    <li data-testid="explanation-step" data-tone={step.tone} className="flex gap-2">
      <span
        aria-hidden="true"
        className={`w-3 shrink-0 text-center text-xs font-bold ${tone.className}`}
      >
        {tone.mark}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span
          className={`text-xs font-semibold ${step.tone === 'skipped' ? 'text-zinc-500 dark:text-zinc-400' : ''}`}
        >
          {step.title}
        </span>
        <span className="text-xs break-words text-zinc-600 dark:text-zinc-300">{step.text}</span>
        {checked > 0 && (
          <details className="text-xs">
            <summary className="cursor-pointer text-zinc-500 select-none dark:text-zinc-400">
              {count(checked, 'statement', 'statements')} checked
            </summary>
            <ul className="mt-1 flex flex-col gap-1.5 pl-1">
              {statements.map(({ policy, statement }) => (
                <StatementDetails
                  key={`${policy.policyId}#${statement.statementIndex}`}
                  statement={statement}
                  at={at}
                />
              ))}
              {others > 0 && (
                <OtherStatements others={others} stepIndex={stepIndex} load={load} at={at} />
              )}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

function Closest({ statements, at }: { statements: NamedStatement[]; at: PointAt }) {
  return (
    <section aria-label="Why not" className="flex flex-col gap-1">
      <h3 className={labelClass}>Why not: the closest statements</h3>
      <ol className="flex flex-col gap-1">
        {statements.map((statement) => (
          <li
            key={`${statement.policyId}#${statement.statementIndex}`}
            data-testid="why-not"
            className="rounded border border-amber-300/60 bg-amber-50 px-2 py-1 text-xs dark:border-amber-700/50 dark:bg-amber-950/30"
            onMouseEnter={() =>
              statement.stoppedBy && at.hover(statement.policyId, statement.stoppedBy.span)
            }
            onMouseLeave={() => at.hover(statement.policyId, null)}
          >
            <button
              type="button"
              className="text-left hover:underline"
              onClick={() => at.open(statement.policyId)}
            >
              {statement.summary}
            </button>
            <span className="block text-[11px] text-zinc-500 dark:text-zinc-400">
              in {statement.policyName}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Why the selected request got its decision: the headline, the closest misses, each layer in AWS's order. */
export function ExplanationPanel({
  explanation,
  loadOthers,
  at,
}: {
  explanation: Explanation;
  loadOthers: LoadOthers;
  at: PointAt;
}) {
  return (
    <section aria-label="Explanation" className="flex flex-col gap-3 px-3 py-2">
      <p data-testid="explanation-headline" className="text-sm font-medium">
        {explanation.headline}
      </p>
      {explanation.warnings.map((warning) => (
        <p key={warning} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {warning}
        </p>
      ))}
      {explanation.closest.length > 0 && <Closest statements={explanation.closest} at={at} />}
      <section aria-label="Evaluation steps" className="flex flex-col gap-1">
        <h3 className={labelClass}>How AWS evaluates it</h3>
        <ol className="flex flex-col gap-2">
          {explanation.steps.map((step, stepIndex) => (
            <Step
              key={`${step.kind}-${step.level ?? ''}`}
              step={step}
              stepIndex={stepIndex}
              load={loadOthers}
              at={at}
            />
          ))}
        </ol>
      </section>
    </section>
  );
}
