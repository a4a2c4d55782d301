/** The studio's small pill tabs (the sidebar's, the simulator's, the analyses'). */
export function pillTab(selected: boolean): string {
  return `rounded px-2 py-0.5 text-xs ${selected ? 'bg-zinc-200 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100' : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-900'}`;
}

export interface TabListProps<Id extends string> {
  label: string;
  tabs: readonly { id: Id; label: string }[];
  selected: Id | undefined;
  onSelect(id: NoInfer<Id>): void;
  className: string;
  tabClass?(selected: boolean): string;
}

/**
 * A row of tabs, one selected; `tabClass` styles a tab by whether it is the selected one (pill
 * tabs unless told otherwise).
 */
export function TabList<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  className,
  tabClass = pillTab,
}: TabListProps<Id>) {
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          className={tabClass(tab.id === selected)}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
