import { useId, type ReactNode } from 'react';
import type { WizardProblem } from '../../../core/index.ts';
import type { SetField, WizardForm } from './wizard-form.ts';

export const inputClass =
  'w-full rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs ' +
  'aria-[invalid=true]:border-red-600 dark:border-zinc-700 dark:bg-zinc-900';

type TextKey = {
  [K in keyof WizardForm]: WizardForm[K] extends string ? K : never;
}[keyof WizardForm];

/**
 * Ties text fields to the form: `text('githubAccountId', 'accountId')` gives a TextField the
 * form's value, its setter and the problems the core reports for the field it names.
 */
export function textBinding(form: WizardForm, set: SetField, problems: readonly WizardProblem[]) {
  return (key: TextKey, field: string = key) => ({
    field,
    value: form[key],
    onChange: (value: string) => set(key, value),
    problems,
  });
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The problems found so far; this field shows the ones about `field`. */
  problems: readonly WizardProblem[];
  field: string;
  hint?: ReactNode;
  placeholder?: string;
}

/** A labelled text box with its hint and, once checked, what is wrong with it. */
export function TextField({
  label,
  value,
  onChange,
  problems,
  field,
  hint,
  placeholder,
}: TextFieldProps) {
  const id = useId();
  const mine = problems.filter((problem) => problem.field === field);
  const describedBy = [hint && `${id}-hint`, mine.length > 0 && `${id}-problem`].filter(Boolean);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy.join(' ') || undefined}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-[11px] text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}

export function FieldProblems({
  id,
  problems,
}: {
  id?: string;
  problems: readonly WizardProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="text-[11px] text-red-700 dark:text-red-400">
      {problems.map((problem) => (
        <li key={problem.message}>{problem.message}</li>
      ))}
    </ul>
  );
}

interface CheckFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
}

export function CheckField({ label, checked, onChange, hint }: CheckFieldProps) {
  return (
    <label className="flex items-start gap-2 text-xs">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5"
      />
      <LabelText label={label} hint={hint} />
    </label>
  );
}

/** A choice's words, with the hint that says what it means under them. */
function LabelText({ label, hint }: { label: string; hint: string | undefined }) {
  return (
    <span>
      {label}
      {hint && <span className="block text-[11px] text-zinc-600 dark:text-zinc-400">{hint}</span>}
    </span>
  );
}

interface ChoiceProps<T extends string> {
  legend: string;
  choices: readonly { id: T; label: string; hint?: string }[];
  value: T;
  onChange(value: T): void;
}

/** A radio group in a fieldset: arrow keys move between its choices. */
export function Choice<T extends string>({ legend, choices, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="flex items-start gap-2 text-xs">
          <input
            type="radio"
            name={name}
            checked={value === choice.id}
            onChange={() => onChange(choice.id)}
            className="mt-0.5"
          />
          <LabelText label={choice.label} hint={choice.hint} />
        </label>
      ))}
    </fieldset>
  );
}
