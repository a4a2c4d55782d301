// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloseButton } from './CloseButton.tsx';

afterEach(cleanup);

describe('CloseButton', () => {
  it('is named by its label, shows ×, and closes without submitting the form it sits in', () => {
    const onClose = vi.fn();
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <CloseButton aria-label="Close the picker" onClick={onClose} />
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Close the picker' });
    expect(button.textContent).toBe('×');
    fireEvent.click(button);
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
