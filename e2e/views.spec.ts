import { expect, test } from '@playwright/test';
import { callHook, openStudio } from './support/studio.ts';

const editorView = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: 'Editor view' });

test.describe('the policy summary view', () => {
  test('lists the seed policy per service, access level, resources and conditions, and an explicit deny apart', async ({
    page,
  }) => {
    await openStudio(page);
    const document = JSON.parse(await callHook(page, 'getValue')) as {
      Statement: object[];
    };
    document.Statement.push({ Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    await page.evaluate((text) => window.__iamStudio?.setValue(text), JSON.stringify(document));

    await editorView(page).getByRole('button', { name: 'Summary' }).click();
    const summary = page.getByRole('region', { name: 'Policy summary' });
    const allow = summary.getByRole('region', { name: 'Allow' });
    const s3 = allow.getByRole('row', { name: /Amazon S3/ });
    await expect(s3).toContainText('Limited: Write, Permissions management');
    await expect(s3).toContainText('arn:aws:s3:::*');
    await expect(s3).toContainText('aws:MultiFactorAuthPresent Bool true');
    const deny = summary.getByRole('region', { name: 'Explicit deny' });
    await expect(deny.getByRole('row', { name: /Identity and Access Management/ })).toContainText(
      'Full access',
    );
    await expect(page.locator('.monaco-editor')).toBeHidden();
    await page.screenshot({ path: '/tmp/views-summary-1440.png' });
  });
});
