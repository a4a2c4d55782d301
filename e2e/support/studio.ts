import { expect, type Locator, type Page } from '@playwright/test';
import type { IamStudioTestHook } from '../../src/ui/monaco/test-hook.ts';

/** The seed policy of issue 2 exactly as the editor must show it. */
export const SEED_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "VisualEditor0",
      "Effect": "Allow",
      "Action": [
        "s3:PutBucketLogging",
        "s3:PutAccessPointConfigurationForObjectLambda",
        "s3:DeleteAccessPointPolicy"
      ],
      "Resource": [
        "arn:aws:s3:*:970698899539:accesspoint/*",
        "arn:aws:s3:::*",
        "arn:aws:s3-object-lambda:*:970698899539:accesspoint/*"
      ],
      "Condition": {
        "Bool": {
          "aws:MultiFactorAuthPresent": "true"
        }
      }
    }
  ]
}`;

type HookMethod = {
  [K in keyof IamStudioTestHook]: IamStudioTestHook[K] extends () => unknown ? K : never;
}[keyof IamStudioTestHook];

/** Calls a no-argument method of the app's test hook (window.__iamStudio) in the page. */
export function callHook<K extends HookMethod>(page: Page, method: K) {
  return page.evaluate((name) => {
    const hook = window.__iamStudio;
    if (!hook) throw new Error('window.__iamStudio is not installed');
    return (hook[name] as () => ReturnType<IamStudioTestHook[K]>)();
  }, method);
}

/**
 * Waits until the editor has mounted and holds its document: a new editor (the app opened, or the
 * editor shown again after another view) is given its document in a task after it mounts.
 */
export async function waitForEditor(page: Page) {
  await expect
    .poll(() => page.evaluate(() => window.__iamStudio?.getValue() ?? null))
    .not.toBeNull();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
}

/** Opens the app and waits until the editor has mounted and holds its document. */
export async function openStudio(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'IAM Policy Studio' })).toBeVisible();
  await waitForEditor(page);
}

/** The editor's "No problems" / "N problems" line, which follows Monaco's markers. */
export const problemsStatus = (page: Page) => page.getByRole('status', { name: 'Problems' });

/** The visual editor beside Monaco (the split view is the default on a 1440-wide window). */
export const visualEditor = (page: Page) => page.getByRole('region', { name: 'Visual editor' });

/** Statement card `number` (1-based) of the visual editor. */
export const statementCard = (page: Page, number: number): Locator =>
  visualEditor(page).getByRole('region', { name: `Statement ${number}` });

export const policyList = (page: Page) => page.getByRole('region', { name: 'Policies' });

/** Focuses Monaco and puts its cursor at `offset` of the text. */
export async function placeCursor(page: Page, offset: number) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.evaluate((at) => window.__iamStudio?.setCursorOffset(at), offset);
}

/** The statements of the editor's text, parsed. */
export async function statementsInEditor(page: Page): Promise<Record<string, unknown>[]> {
  const document = JSON.parse(await callHook(page, 'getValue')) as { Statement: unknown };
  return document.Statement as Record<string, unknown>[];
}
