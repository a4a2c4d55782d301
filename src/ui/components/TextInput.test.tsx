// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextInput } from './TextInput.tsx';

afterEach(cleanup);

describe('TextInput', () => {
  it('shows its value without spell check and hands back the text typed', () => {
    const onChange = vi.fn();
    render(<TextInput aria-label="Action" value="s3:Get" onChange={onChange} />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Action' });
    expect(input.value).toBe('s3:Get');
    expect(input.getAttribute('spellcheck')).toBe('false');
    fireEvent.change(input, { target: { value: 's3:GetObject' } });
    expect(onChange).toHaveBeenCalledWith('s3:GetObject');
  });
});
