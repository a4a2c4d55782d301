// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pillTab, TabList } from './TabList.tsx';

afterEach(cleanup);

const TABS = [
  { id: 'table', label: 'Table' },
  { id: 'chart', label: 'Chart' },
] as const;

describe('TabList', () => {
  it('marks the selected tab, styles each by it, and reports the tab chosen', () => {
    const onSelect = vi.fn();
    render(
      <TabList
        label="Views"
        tabs={TABS}
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

  it('draws pill tabs unless told otherwise', () => {
    render(
      <TabList label="Views" tabs={TABS} selected="table" onSelect={() => {}} className="tabs" />,
    );
    expect(screen.getAllByRole('tab').map((tab) => tab.className)).toEqual([
      pillTab(true),
      pillTab(false),
    ]);
    expect(pillTab(true)).not.toBe(pillTab(false));
  });
});
