import { useMemo, useState } from 'react';
import { type ServiceSummary } from '../../../core/index.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { filterServices } from './action-picker-model.ts';
import { inputClass } from './ui-classes.ts';

interface ServiceListProps {
  services: readonly ServiceSummary[];
  onChoose: (prefix: string) => void;
}

/** The first step of the action picker: a searchable list of AWS services. */
export function ServiceList({ services, onChoose }: ServiceListProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterServices(services, query), [services, query]);
  return (
    <div className="flex flex-col gap-2">
      <TextInput
        aria-label="Search services"
        className={inputClass}
        placeholder="Search services: s3, lambda, DynamoDB…"
        autoFocus
        value={query}
        onChange={setQuery}
        onKeyDown={(event) => {
          const first = shown[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            onChoose(first.prefix);
          }
        }}
      />
      <ul aria-label="Services" className="flex max-h-72 flex-col overflow-y-auto">
        {shown.map((service) => (
          <li key={service.prefix}>
            <button
              type="button"
              className="flex w-full items-baseline gap-2 rounded px-2 py-1 text-left text-xs hover:bg-sky-50 focus-visible:bg-sky-50 focus-visible:outline-none dark:hover:bg-sky-950 dark:focus-visible:bg-sky-950"
              onClick={() => onChoose(service.prefix)}
            >
              <span className="font-mono font-semibold text-zinc-900 dark:text-zinc-100">
                {service.prefix}
              </span>
              <span className="truncate text-zinc-500 dark:text-zinc-400">{service.name}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && (
          <li className="px-2 py-1 text-xs text-zinc-500 dark:text-zinc-400">No such service.</li>
        )}
      </ul>
    </div>
  );
}
