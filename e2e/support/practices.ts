import type { Page } from '@playwright/test';

/* The best-practices view, as the browser tests drive it. */

export const view = (page: Page) => page.getByRole('region', { name: 'Best practices' });
export const findings = (page: Page) => view(page).getByTestId('credential-finding');

export async function openPractices(page: Page, tab: string) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Best practices' });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await view(page).getByRole('tab', { name: tab }).click();
}

export async function chooseReport(page: Page, path: string) {
  await view(page)
    .locator('label', { hasText: 'Choose a file' })
    .locator('input[type="file"]')
    .setInputFiles(path);
}

/** A file of `text` to drop, made in the page: for a large text, a task of the test's own. */
export function reportTransfer(page: Page, name: string, text: string) {
  return page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/csv' }));
      return data;
    },
    [name, text] as const,
  );
}

/** Drops text as a file on the credential report's drop zone, as a person drags one in. */
export async function dropReport(page: Page, name: string, text: string) {
  await dropTransfer(page, await reportTransfer(page, name, text));
}

export async function dropTransfer(
  page: Page,
  transfer: Awaited<ReturnType<typeof reportTransfer>>,
) {
  await view(page).getByTestId('credential-report-drop-zone').dispatchEvent('drop', {
    dataTransfer: transfer,
  });
}

/** The evidence names and values that reach past their cell's right edge. */
export function overflowingEvidence(page: Page) {
  return findings(page).evaluateAll((rows) =>
    rows.flatMap((row) => {
      const cell = row.querySelector('dl')!.closest('td')!;
      const right = cell.getBoundingClientRect().right;
      return [...cell.querySelectorAll('dt, dd')]
        .filter((part) => part.getBoundingClientRect().right > right + 0.5)
        .map((part) => part.textContent);
    }),
  );
}
