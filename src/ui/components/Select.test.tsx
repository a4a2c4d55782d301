// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelledOptions, Select } from './Select.tsx';

afterEach(cleanup);

describe('Select', () => {
  it('shows the leading options, then each value by its label, and hands back the value chosen', () => {
    const onChange = vi.fn();
    render(
      <Select
        aria-label="Size"
        value="s"
        options={['s', { id: 'm', label: 'Medium' }]}
        onChange={onChange}
        leading={<option value="">Any size</option>}
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Size' });
    expect([...select.options].map((option) => [option.value, option.text])).toEqual([
      ['', 'Any size'],
      ['s', 's'],
      ['m', 'Medium'],
    ]);
    expect(select.value).toBe('s');
    fireEvent.change(select, { target: { value: 'm' } });
    expect(onChange).toHaveBeenCalledWith('m');
  });

  it('labels the values of a record in its order', () => {
    expect(labelledOptions({ b: 'Bee', a: 'Ay' })).toEqual([
      { id: 'b', label: 'Bee' },
      { id: 'a', label: 'Ay' },
    ]);
  });
});
