// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPreview, PREVIEW_LIMIT } from './ImportPreview.tsx';

const found = (count: number) => ({
  source: 'an AWS CLI output (aws iam get-account-authorization-details)',
  policies: Array.from({ length: count }, (_, index) => ({
    type: 'identity' as const,
    name: `policy-${index}`,
    document: '{}',
  })),
  notes: [],
});

describe('ImportPreview', () => {
  afterEach(cleanup);

  it('lists the first policies of a whole account and says how many more there are', () => {
    render(<ImportPreview found={found(PREVIEW_LIMIT + 150)} />);
    expect(screen.getByRole('status').textContent).toContain(
      `${PREVIEW_LIMIT + 150} policies found`,
    );
    const list = screen.getByRole('list', { name: 'Policies to import' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(PREVIEW_LIMIT);
    expect(screen.getByText('and 150 more')).toBeTruthy();
  });

  it('lists every policy of a small file, with nothing more to say', () => {
    render(<ImportPreview found={found(3)} />);
    const list = screen.getByRole('list', { name: 'Policies to import' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByText(/more$/)).toBeNull();
  });
});
