import { expect, test, type Page } from '@playwright/test';
import { openStudio, policyList } from './support/studio.ts';
import { openPastedAccount } from './support/account.ts';

const ACCOUNT = '123456789012';
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/app-data`;
const statement = (actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::app-data/*' }],
});

/**
 * A get-account-authorization-details output with one user and the customer managed policy
 * attached to it at two versions: v2, the default, also allows s3:PutObject. v1's document is
 * URL-encoded, as the API returns it; v2's an object, as the CLI prints it.
 */
const GAAD = JSON.stringify({
  UserDetailList: [
    {
      Path: '/',
      UserName: 'dana',
      UserId: 'AIDAEXAMPLEDANA',
      Arn: `arn:aws:iam::${ACCOUNT}:user/dana`,
      CreateDate: '2015-01-01T00:00:00Z',
      GroupList: [],
      AttachedManagedPolicies: [{ PolicyName: 'app-data', PolicyArn: POLICY_ARN }],
      UserPolicyList: [],
    },
  ],
  GroupDetailList: [],
  RoleDetailList: [],
  Policies: [
    {
      PolicyName: 'app-data',
      PolicyId: 'ANPAEXAMPLEAPPDATA',
      Arn: POLICY_ARN,
      Path: '/',
      DefaultVersionId: 'v2',
      AttachmentCount: 1,
      IsAttachable: true,
      CreateDate: '2015-01-21T21:39:41Z',
      UpdateDate: '2015-03-01T10:00:00Z',
      PolicyVersionList: [
        {
          VersionId: 'v2',
          IsDefaultVersion: true,
          CreateDate: '2015-03-01T10:00:00Z',
          Document: statement(['s3:GetObject', 's3:PutObject']),
        },
        {
          VersionId: 'v1',
          IsDefaultVersion: false,
          CreateDate: '2015-01-21T21:39:41Z',
          Document: encodeURIComponent(JSON.stringify(statement(['s3:GetObject']))),
        },
      ],
    },
  ],
  IsTruncated: false,
});

const compareView = (page: Page) => page.getByRole('region', { name: 'Compare versions' });

test('an imported managed policy compared with its earlier version shows the access v2 added', async ({
  page,
}) => {
  await openStudio(page);
  await openPastedAccount(page, GAAD, '1 user');

  await policyList(page).getByText('app-data', { exact: true }).click();
  const compareWith = page.getByLabel('Compare with');
  await expect(
    compareWith.locator('optgroup[label="Another version of this managed policy"] option'),
  ).toHaveText(['version v1 of 2015-01-21']);
  await compareWith.selectOption({ label: 'version v1 of 2015-01-21' });

  await expect(compareView(page).locator('[data-verdict]')).toHaveAttribute(
    'data-verdict',
    'new-access',
  );
  const diffEditor = compareView(page).getByTestId('policy-diff-editor');
  await expect(diffEditor.locator('.editor.original')).not.toContainText('s3:PutObject');
  await expect(diffEditor.locator('.editor.modified')).toContainText('s3:PutObject');
  const newAccess = compareView(page).getByRole('region', { name: 'New access', exact: true });
  await expect(newAccess.getByText('s3:PutObject', { exact: true })).toHaveCount(1);
  await expect(newAccess.getByText('s3:GetObject', { exact: true })).toHaveCount(0);
  await expect(compareView(page)).toContainText('version v1 of 2015-01-21');
  await page.screenshot({ path: '/tmp/versions-compare.png' });
});
