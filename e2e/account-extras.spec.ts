import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openStudio } from './support/studio.ts';

/** AWS's documented example output: Alice and Bob admins, Charlie a power user: each reads objects. */
const GAAD = readFileSync(
  new URL('../src/core/account/__fixtures__/gaad.json', import.meta.url),
  'utf8',
);
const ACCOUNT = '123456789012';
const ABOVE = 'ou-examplerootid111-exampleouid111';
const ELSEWHERE = 'ou-examplerootid111-exampleouid222';
const OBJECT = 'arn:aws:s3:::reports-2026/q1.csv';

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

/** `aws organizations describe-policy`: reading objects is left to Alice alone. */
const SCP = JSON.stringify({
  Policy: {
    PolicySummary: {
      Id: 'p-examplepolicyid111',
      Name: 'OnlyAliceReadsObjects',
      Type: 'SERVICE_CONTROL_POLICY',
    },
    Content: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/Alice' } },
      },
    ),
  },
});

/** `aws organizations list-targets-for-policy`: an OU above the account and one elsewhere. */
const TARGETS = JSON.stringify({
  Targets: [
    {
      TargetId: ELSEWHERE,
      Arn: `arn:aws:organizations::999999999999:ou/o-exampleorgid1/${ELSEWHERE}`,
      Name: 'Sandbox',
      Type: 'ORGANIZATIONAL_UNIT',
    },
    {
      TargetId: ABOVE,
      Arn: `arn:aws:organizations::999999999999:ou/o-exampleorgid1/${ABOVE}`,
      Name: 'Production',
      Type: 'ORGANIZATIONAL_UNIT',
    },
  ],
});

/** `aws s3api get-bucket-policy`: the policy as a string, and no bucket name. */
const BUCKET_POLICY = JSON.stringify({
  Policy: policy({
    Effect: 'Deny',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Charlie` },
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::reports-2026/*',
  }),
});

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import a scenario or a policy' });
const analysis = (page: Page) => page.getByRole('region', { name: 'Account analysis' });

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  await importDialog(page)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The principals who can read the object, by name, asked from the Identities tab's analysis. */
async function whoCanRead(page: Page, resource = OBJECT) {
  await page.getByRole('tab', { name: 'Identities' }).click();
  await analysis(page).getByRole('tab', { name: 'Who can…' }).click();
  await analysis(page).getByLabel('Action').fill('s3:GetObject');
  await analysis(page).getByLabel('Resource (optional)').fill(resource);
  await analysis(page).getByRole('button', { name: 'Find who can' }).click();
  const answer = analysis(page).getByRole('region', { name: 'Who can: the answer' });
  await expect(answer.getByRole('status')).toContainText(`s3:GetObject on ${resource}`);
  return answer;
}

test('an SCP with its targets and a bucket policy with its bucket change who can read an object', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openStudio(page);
  await chooseFile(page, 'gaad.json', GAAD);
  await importDialog(page).getByRole('button', { name: 'Open as account' }).click();
  await importDialog(page).getByRole('button', { name: 'Done' }).click();
  expect(await (await whoCanRead(page)).getByRole('status').textContent()).toMatch(/^3 principals/);

  // The bucket policy: the name comes from the file, is checked, and only this bucket is affected.
  await chooseFile(page, 'reports-2026.json', BUCKET_POLICY);
  const bucket = importDialog(page).getByLabel('Bucket name');
  await expect(bucket).toHaveValue('reports-2026');
  await bucket.fill('Reports_2026');
  await expect(importDialog(page).getByRole('alert')).toHaveText(
    'Reports_2026: A bucket name has only lowercase letters, numbers, dots (.) and hyphens (-)',
  );
  await expect(importDialog(page).getByRole('button', { name: 'Import 1 policy' })).toBeDisabled();
  await page.screenshot({ path: '/tmp/extras-bucket-name.png' });
  await bucket.fill('reports-2026');
  await importDialog(page).getByRole('button', { name: 'Import 1 policy' }).click();
  let answer = await whoCanRead(page);
  await expect(answer.getByRole('status')).toHaveText(
    `2 principals can s3:GetObject on ${OBJECT}:`,
  );
  await expect(answer.getByRole('list', { name: 'Principals who can' })).not.toContainText(
    'Charlie',
  );
  answer = await whoCanRead(page, 'arn:aws:s3:::other-bucket/q1.csv');
  await expect(answer.getByRole('status')).toHaveText(/^3 principals/);

  // The SCP: attached to the OU above the account (it applies) and to one elsewhere (a note).
  await chooseFile(page, 'only-alice-reads-objects.json', SCP);
  await importDialog(page).getByLabel('Targets (optional)').fill(TARGETS);
  await expect(importDialog(page).getByRole('alert')).toHaveText(
    `Give the entity path of account ${ACCOUNT} to know which of these targets are above it`,
  );
  await importDialog(page)
    .getByLabel('Entity path of the account')
    .fill(`o-exampleorgid1/r-examplerootid111/${ABOVE}/${ACCOUNT}`);
  await expect(importDialog(page).getByRole('list', { name: 'Import notes' })).toHaveText(
    `Sandbox (${ELSEWHERE}) is not above account ${ACCOUNT}: the policy does not apply to it there`,
  );
  await expect(importDialog(page).getByRole('status').last()).toHaveText(
    `Applies to account ${ACCOUNT} at level 1 (0 is the root, then each OU down to the account).`,
  );
  await importDialog(page)
    .getByRole('button', { name: 'Import 1 policy' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/extras-scp-targets.png' });
  await importDialog(page).getByRole('button', { name: 'Import 1 policy' }).click();
  answer = await whoCanRead(page, 'arn:aws:s3:::other-bucket/q1.csv');
  await expect(answer.getByRole('status')).toHaveText(
    '1 principal can s3:GetObject on arn:aws:s3:::other-bucket/q1.csv:',
  );
  await expect(answer.getByRole('list', { name: 'Principals who can' })).toContainText('Alice');
  await page.screenshot({ path: '/tmp/extras-who-can.png' });
});
