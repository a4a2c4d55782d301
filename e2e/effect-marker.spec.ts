import { expect, test } from '@playwright/test';
import { callHook, openStudio, problemsStatus } from './support/studio.ts';

const EFFECT_LINE = 6;

test('a misspelt Effect typed in the editor is flagged, and the flag goes when fixed', async ({
  page,
}) => {
  await openStudio(page);
  const effectMarkers = async () =>
    (await callHook(page, 'getMarkers')).filter((m) => m.startLineNumber === EFFECT_LINE);

  // Put the caret just before the "o" of "Allow" with the keyboard, then delete one "l".
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let line = 1; line < EFFECT_LINE; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let step = 0; step < '",wo'.length; step++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');

  expect(await callHook(page, 'getValue')).toContain('"Effect": "Alow"');
  await expect.poll(effectMarkers).toEqual([
    expect.objectContaining({
      severity: 'error',
      message: expect.stringMatching(/"Allow".*"Deny"/),
      startColumn: 17,
    }),
  ]);
  await expect(problemsStatus(page)).toHaveText('1 problem');

  await page.keyboard.type('l');
  expect(await callHook(page, 'getValue')).toContain('"Effect": "Allow"');
  await expect.poll(effectMarkers).toEqual([]);
  await expect(problemsStatus(page)).toHaveText('No problems');
});
