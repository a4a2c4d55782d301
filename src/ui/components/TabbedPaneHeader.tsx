import { PaneHeader } from './PaneHeader.tsx';
import { TabList, type TabListProps } from './TabList.tsx';

/**
 * A pane's title row with the tabs that switch what the pane shows. The tabs are named after the
 * pane unless `tabsLabel` names them otherwise.
 */
export function TabbedPaneHeader<Id extends string>({
  title,
  tabsLabel = title,
  ...tabList
}: Pick<TabListProps<Id>, 'tabs' | 'selected' | 'onSelect'> & {
  title: string;
  tabsLabel?: string;
}) {
  return (
    <PaneHeader title={title}>
      <TabList label={tabsLabel} {...tabList} className="flex gap-0.5" />
    </PaneHeader>
  );
}
