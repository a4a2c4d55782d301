import { useMemo, useState } from 'react';
import {
  type ActionInfo,
  bundledCatalog,
  type ServiceCatalog,
  splitAction,
} from '../../../core/index.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { ActionChecklist } from './ActionChecklist.tsx';
import { HelperPanel } from './HelperPanel.tsx';
import {
  groupActions,
  toggleActions,
  toggleEntry,
  wildcardOptions,
} from './action-picker-model.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { ServiceList } from './ServiceList.tsx';
import { TriStateCheckbox } from './TriStateCheckbox.tsx';
import { useCatalogService } from './use-catalog.ts';
import { buttonClass, inputClass } from './ui-classes.ts';

const MODES = ['Actions', 'Wildcards'] as const;
type Mode = (typeof MODES)[number];

interface ActionPickerProps {
  /** The element's current values, e.g. ['s3:GetObject']. */
  entries: readonly string[];
  /** Called with the whole new list; the caller turns it into one policy edit. */
  onChange: (entries: string[]) => void;
  onClose: () => void;
}

/** The service the list already uses, so reopening the picker continues where the user was. */
function firstListedService(entries: readonly string[]): string | undefined {
  const catalog = bundledCatalog();
  for (const entry of entries) {
    const prefix = splitAction(entry)?.service;
    if (prefix !== undefined && catalog.service(prefix)) return catalog.service(prefix)?.prefix;
  }
  return undefined;
}

/** What both views of one service's actions work on. */
interface ServicePaneProps {
  service: ServiceCatalog;
  entries: readonly string[];
  onChange: ActionPickerProps['onChange'];
}

function WildcardList({ service, entries, onChange }: ServicePaneProps) {
  const options = useMemo(() => wildcardOptions(service.prefix, service.actions), [service]);
  return (
    <ul aria-label="Wildcards" className="flex max-h-80 flex-col gap-0.5 overflow-y-auto">
      {options.map(({ pattern, count }, index) => {
        const listed = entries.some((e) => e.toLowerCase() === pattern.toLowerCase());
        return (
          <li
            key={pattern}
            className={index === 0 ? 'mb-1 border-b border-zinc-200 pb-1 dark:border-zinc-800' : ''}
          >
            <TriStateCheckbox
              state={listed ? 'all' : 'none'}
              label={pattern}
              onChange={(on) => onChange(toggleEntry(entries, pattern, on))}
            >
              <span className="font-mono text-xs text-zinc-800 dark:text-zinc-200">{pattern}</span>
              <span className="text-[11px] text-zinc-500 dark:text-zinc-400">
                {index === 0 ? `every ${service.prefix} action, ${count}` : `${count} actions`}
              </span>
            </TriStateCheckbox>
          </li>
        );
      })}
    </ul>
  );
}

function ServiceActions({ service, entries, onChange }: ServicePaneProps) {
  const [mode, setMode] = useState<Mode>('Actions');
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupActions(service.actions, query), [service, query]);
  const toggle = (actions: readonly ActionInfo[], on: boolean) =>
    onChange(toggleActions(entries, actions, on));
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <SegmentedChoice
          label="List actions or a wildcard"
          options={MODES}
          value={mode}
          onChange={setMode}
        />
        {mode === 'Actions' && (
          <TextInput
            aria-label="Filter actions"
            className={`${inputClass} flex-1`}
            placeholder={`Filter ${service.actions.length} actions`}
            value={query}
            onChange={setQuery}
          />
        )}
      </div>
      {mode === 'Actions' ? (
        <ActionChecklist groups={groups} entries={entries} onToggle={toggle} />
      ) : (
        <WildcardList service={service} entries={entries} onChange={onChange} />
      )}
    </div>
  );
}

/**
 * Picks actions like the AWS console does: a service first, then its actions by access level
 * with a toggle per level, or a wildcard. Every click is one change of the element's list.
 */
export function ActionPicker({ entries, onChange, onClose }: ActionPickerProps) {
  const catalog = bundledCatalog();
  const [prefix, setPrefix] = useState(() => firstListedService(entries));
  const service = useCatalogService(prefix);
  const summary = prefix === undefined ? undefined : catalog.service(prefix);
  return (
    <HelperPanel
      label="Action picker"
      onClose={onClose}
      heading={
        summary ? (
          <>
            <button type="button" className={buttonClass} onClick={() => setPrefix(undefined)}>
              ← Services
            </button>
            <span className="truncate text-xs">
              <span className="font-mono font-semibold">{summary.prefix}</span>{' '}
              <span className="text-zinc-500 dark:text-zinc-400">{summary.name}</span>
            </span>
          </>
        ) : (
          <span className="text-xs font-semibold">Choose a service</span>
        )
      }
    >
      {prefix === undefined ? (
        <ServiceList services={catalog.services} onChoose={setPrefix} />
      ) : service ? (
        <ServiceActions
          key={service.prefix}
          service={service}
          entries={entries}
          onChange={onChange}
        />
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Loading {prefix} actions…</p>
      )}
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
        AWS service data of {catalog.date}
      </p>
    </HelperPanel>
  );
}
