import { useId, useState } from 'react';
import { SERVICE_PRINCIPALS, type WizardProblem } from '../../../core/index.ts';
import { buttonClass } from '../workspace-io/classes.ts';
import { FieldProblems, inputClass } from './fields.tsx';
import type { SetField, WizardForm } from './wizard-form.ts';

interface ServiceFieldsProps {
  form: WizardForm;
  set: SetField;
  problems: readonly WizardProblem[];
}

/** The service picker: type or choose a service principal, add it; several may be trusted. */
export function ServiceFields({ form, set, problems }: ServiceFieldsProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const add = () => {
    const service = typed.trim();
    if (service && !form.services.includes(service)) set('services', [...form.services, service]);
    setTyped('');
  };
  const mine = problems.filter((problem) => problem.field === 'services');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        Service or use case
      </label>
      <div className="flex gap-1.5">
        <input
          id={id}
          list={`${id}-services`}
          value={typed}
          placeholder="lambda.amazonaws.com"
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
          aria-invalid={mine.length > 0}
          className={inputClass}
        />
        <button type="button" className={`${buttonClass} whitespace-nowrap`} onClick={add}>
          Add service
        </button>
      </div>
      <datalist id={`${id}-services`}>
        {SERVICE_PRINCIPALS.map((service) => (
          <option key={service} value={service} />
        ))}
      </datalist>
      <p className="text-[11px] text-zinc-600 dark:text-zinc-400">
        The service principal that will assume the role, e.g. ec2.amazonaws.com for an instance
        profile. {SERVICE_PRINCIPALS.length} known principals are offered as you type.
      </p>
      {form.services.length > 0 && (
        <ul aria-label="Trusted services" className="flex flex-wrap gap-1">
          {form.services.map((service) => (
            <li
              key={service}
              className="flex items-center gap-1 rounded bg-zinc-100 px-1.5 font-mono text-xs dark:bg-zinc-800"
            >
              {service}
              <button
                type="button"
                aria-label={`Remove ${service}`}
                className="px-0.5 text-zinc-600 hover:text-zinc-900 dark:text-zinc-300"
                onClick={() =>
                  set(
                    'services',
                    form.services.filter((other) => other !== service),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldProblems problems={mine} />
    </div>
  );
}
