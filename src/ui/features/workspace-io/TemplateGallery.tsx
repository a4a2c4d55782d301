import { useEffect, useMemo, useState } from 'react';
import {
  POLICY_TEMPLATES,
  type PolicyTemplate,
  type TemplateCategory,
} from '../../../core/index.ts';
import { TabList } from '../../components/TabList.tsx';
import { buttonClass, codeBlockClass, primaryButtonClass, workspaceTabClass } from './classes.ts';
import { Dialog } from './Dialog.tsx';
import { loadManagedPolicies } from './managed-policies.ts';

type Category = TemplateCategory | 'all' | 'managed';

const CATEGORIES: { id: Category; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'example', label: 'Examples' },
  { id: 'trust', label: 'Trust policies' },
  { id: 'pattern', label: 'Common patterns' },
  { id: 'managed', label: 'AWS managed' },
];

/** AWS has over 1,500 managed policies: show this many matches and ask for a narrower search. */
const MANAGED_SHOWN = 60;

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

function matches(template: PolicyTemplate, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${template.title} ${template.description} ${template.type}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

export function TemplateGallery({ onChoose, onClose }: TemplateGalleryProps) {
  const [category, setCategory] = useState<Category>('all');
  const [query, setQuery] = useState('');
  const [previewId, setPreviewId] = useState<string>();
  const managed = useManagedPolicies(category === 'managed');
  const matching = useMemo(() => {
    if (category !== 'managed') {
      return POLICY_TEMPLATES.filter(
        (template) =>
          (category === 'all' || template.category === category) && matches(template, query),
      );
    }
    return Array.isArray(managed) ? managed.filter((template) => matches(template, query)) : [];
  }, [category, query, managed]);
  const shown = category === 'managed' ? matching.slice(0, MANAGED_SHOWN) : matching;
  return (
    <Dialog title="Start from a template" onClose={onClose} wide>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search templates"
          placeholder="Search templates"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
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
      </div>
      {category === 'managed' && managed === undefined && (
        <p className="text-xs text-zinc-500">Loading AWS managed policies…</p>
      )}
      {typeof managed === 'string' && category === 'managed' && (
        <p role="alert" className="text-xs text-red-600">
          {managed}
        </p>
      )}
      {shown.length === 0 && (category !== 'managed' || Array.isArray(managed)) && (
        <p className="text-xs text-zinc-500">No template matches “{query}”.</p>
      )}
      {matching.length > shown.length && (
        <p className="mb-2 text-xs text-zinc-500">
          {shown.length} of {matching.length} shown: type more of the name to narrow the list.
        </p>
      )}
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.map((template) => (
          <li
            key={template.id}
            aria-label={template.title}
            className="flex flex-col gap-1.5 rounded border border-zinc-200 p-2.5 dark:border-zinc-700"
          >
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-xs font-semibold">{template.title}</h3>
              <span className="rounded bg-zinc-100 px-1.5 text-[10px] text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                {template.type}
              </span>
            </div>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{template.description}</p>
            {previewId === template.id && <pre className={codeBlockClass}>{template.document}</pre>}
            <div className="mt-auto flex gap-1.5">
              <button
                type="button"
                className={primaryButtonClass}
                onClick={() => onChoose(template)}
              >
                Use
              </button>
              <button
                type="button"
                className={buttonClass}
                aria-expanded={previewId === template.id}
                onClick={() => setPreviewId(previewId === template.id ? undefined : template.id)}
              >
                {previewId === template.id ? 'Hide' : 'Preview'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
