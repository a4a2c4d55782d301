// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabList } from './TabList.tsx';

afterEach(cleanup);

describe('TabList', () => {
  it('marks the selected tab, styles each by it, and reports the tab chosen', () => {
    const onSelect = vi.fn();
    render(
      <TabList
        label="Views"
        tabs={[
          { id: 'table', label: 'Table' },
          { id: 'chart', label: 'Chart' },
        ]}
        selected="chart"
        onSelect={onSelect}
        className="tabs"
        tabClass={(selected) => (selected ? 'on' : 'off')}
      />,
    );
    expect(screen.getByRole('tablist', { name: 'Views' }).className).toBe('tabs');
    const tabs = screen.getAllByRole('tab');
    expect(
      tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected'), tab.className]),
    ).toEqual([
      ['Table', 'false', 'off'],
      ['Chart', 'true', 'on'],
    ]);
    fireEvent.click(tabs[0]!);
    expect(onSelect).toHaveBeenCalledWith('table');
  });
});
