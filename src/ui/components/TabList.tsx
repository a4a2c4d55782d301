/** A row of tabs, one selected; `tabClass` styles a tab by whether it is the selected one. */
export function TabList<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  className,
  tabClass,
}: {
  label: string;
  tabs: readonly { id: Id; label: string }[];
  selected: Id | undefined;
  onSelect(id: NoInfer<Id>): void;
  className: string;
  tabClass(selected: boolean): string;
}) {
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
