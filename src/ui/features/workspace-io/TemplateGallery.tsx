import { useEffect, useMemo, useRef, useState } from 'react';
import {
  POLICY_TEMPLATES,
  searchTemplates,
  type PolicyTemplate,
  type TemplateCategory,
} from '../../../core/index.ts';
import { TabList } from '../../components/TabList.tsx';
import { TrustWizard } from '../trust-wizard/TrustWizard.tsx';
import { buttonClass, workspaceTabClass } from './classes.ts';
import { Dialog } from './Dialog.tsx';
import { loadManagedPolicies } from './managed-policies.ts';
import { TemplateResults, type TemplateResultsHandle } from './TemplateResults.tsx';

type Category = TemplateCategory | 'all' | 'managed';

const CATEGORIES: { id: Category; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'example', label: 'Examples' },
  { id: 'trust', label: 'Trust policies' },
  { id: 'pattern', label: 'Common patterns' },
  { id: 'managed', label: 'AWS managed' },
];

/** The managed policies once the user first opens their tab; the load error as text. */
function useManagedPolicies(wanted: boolean): PolicyTemplate[] | string | undefined {
  const [state, setState] = useState<PolicyTemplate[] | string>();
  useEffect(() => {
    if (!wanted || state !== undefined) return;
    loadManagedPolicies().then(setState, (error: unknown) =>
      setState(`AWS managed policies could not be loaded: ${String(error)}`),
    );
  }, [wanted, state]);
  return state;
}

interface TemplateGalleryProps {
  onChoose(template: PolicyTemplate): void;
  onClose(): void;
}

export function TemplateGallery({ onChoose, onClose }: TemplateGalleryProps) {
  const [category, setCategory] = useState<Category>('all');
  const [query, setQuery] = useState('');
  const [wizard, setWizard] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const results = useRef<TemplateResultsHandle>(null);
  const managed = useManagedPolicies(category === 'managed');
  const matching = useMemo(() => {
    if (category !== 'managed') {
      const inCategory = POLICY_TEMPLATES.filter(
        (template) => category === 'all' || template.category === category,
      );
      return searchTemplates(inCategory, query);
    }
    return Array.isArray(managed) ? searchTemplates(managed, query) : [];
  }, [category, query, managed]);
  if (wizard) return <TrustWizard onClose={onClose} />;
  const loaded = category !== 'managed' || Array.isArray(managed);
  return (
    <Dialog title="Start from a template" onClose={onClose} wide>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search templates"
          aria-describedby="template-search-help"
          placeholder="Search templates"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          ref={search}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && matching[0]) {
              // Focus goes back to the Templates button: the key must not press it as well.
              event.preventDefault();
              onChoose(matching[0]);
            }
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              results.current?.focusResult(0);
            }
          }}
          className="min-w-48 flex-1 rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <TabList
          label="Template categories"
          tabs={CATEGORIES}
          selected={category}
          onSelect={setCategory}
          className="flex gap-1"
          tabClass={workspaceTabClass}
        />
        <button type="button" className={buttonClass} onClick={() => setWizard(true)}>
          Trust policy wizard…
        </button>
      </div>
      <p id="template-search-help" className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span role="status">
          {loaded ? `${matching.length.toLocaleString('en-US')} templates` : ''}
        </span>
        {' · '}Enter uses the first; ↓ and ↑ move through the list.
      </p>
      {!loaded && managed === undefined && (
        <p className="text-xs text-zinc-500">Loading AWS managed policies…</p>
      )}
      {typeof managed === 'string' && category === 'managed' && (
        <p role="alert" className="text-xs text-red-600">
          {managed}
        </p>
      )}
      {loaded && matching.length === 0 && (
        <p className="text-xs text-zinc-500">No template matches “{query}”.</p>
      )}
      <TemplateResults
        key={`${category} ${query}`}
        ref={results}
        templates={matching}
        onChoose={onChoose}
        onLeaveTop={() => search.current?.focus()}
      />
    </Dialog>
  );
}
