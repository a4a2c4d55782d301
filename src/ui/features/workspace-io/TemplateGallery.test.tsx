// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TemplateGallery } from './TemplateGallery.tsx';

afterEach(cleanup);

// jsdom lays nothing out: give the list and its cards heights, so the list shows its first cards.
const SIZES = { clientHeight: 600, offsetHeight: 90 };
beforeAll(() => {
  for (const [name, value] of Object.entries(SIZES)) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, value });
  }
});
afterAll(() => {
  for (const name of Object.keys(SIZES)) Reflect.deleteProperty(HTMLElement.prototype, name);
});

const search = () => screen.getByLabelText('Search templates');
const titles = () => screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label'));

describe('TemplateGallery', () => {
  it('filters by search and category, previews the text, and hands over the chosen template', () => {
    const onChoose = vi.fn();
    render(<TemplateGallery onChoose={onChoose} onClose={() => undefined} />);
    fireEvent.change(search(), { target: { value: 'github' } });
    expect(titles()).toEqual(['Trust GitHub Actions (OIDC)']);
    const card = screen.getByRole('listitem', { name: 'Trust GitHub Actions (OIDC)' });
    fireEvent.click(within(card).getByText('Preview'));
    expect(within(card).getByText(/token\.actions\.githubusercontent\.com:sub/)).toBeTruthy();
    fireEvent.click(within(card).getByText('Use'));
    expect(onChoose).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'trust-github-oidc', type: 'trust' }),
    );

    fireEvent.change(search(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Trust policies' }));
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.every((item) => within(item).getByText('trust'))).toBe(true);
  });

  it('↓ and ↑ move the keyboard through the results, Enter in the search uses the first', async () => {
    const onChoose = vi.fn();
    render(<TemplateGallery onChoose={onChoose} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Trust policies' }));
    const [first, second] = screen.getAllByRole('listitem');
    const use = (item: HTMLElement | undefined) =>
      within(item!).getByRole('button', { name: /^Use/ });
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(use(first)));
    fireEvent.keyDown(use(first), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(use(second)));
    fireEvent.keyDown(use(second), { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(use(first)));
    fireEvent.keyDown(use(first), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search());

    fireEvent.change(search(), { target: { value: 'saml' } });
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'trust-saml' }));
  });
});

describe('TemplateGallery, AWS managed policies', () => {
  it('loads all of them on first use and puts the exact name first', async () => {
    const onChoose = vi.fn();
    render(<TemplateGallery onChoose={onChoose} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('tab', { name: 'AWS managed' }));
    expect(await screen.findByText(/^1,\d{3} templates$/, {}, { timeout: 20_000 })).toBeTruthy();
    fireEvent.change(search(), { target: { value: 'ReadOnlyAccess' } });
    expect(titles()[0]).toBe('ReadOnlyAccess');
    fireEvent.change(search(), { target: { value: 'AdministratorAccess' } });
    const card = screen.getByRole('listitem', { name: 'AdministratorAccess' });
    fireEvent.click(within(card).getByText('Use'));
    const chosen = onChoose.mock.calls[0]?.[0] as { document: string };
    expect(JSON.parse(chosen.document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
  }, 30_000);
});
