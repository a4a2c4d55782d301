import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openStudio } from './support/studio.ts';
import { openPastedAccount } from './support/account.ts';

const ACCOUNT_ID = '111122223333';
const arn = (resource: string) => `arn:aws:iam::${ACCOUNT_ID}:${resource}`;
const ADMINISTRATOR_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';

function document(...statements: Record<string, unknown>[]) {
  return { Version: '2012-10-17', Statement: statements };
}
const allow = (action: string, resource: string) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
});
const trusting = (principal: string) =>
  document({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' });

function role(name: string, trustedBy: string, own: { assumes?: string; admin?: boolean }) {
  return {
    Path: '/',
    RoleName: name,
    RoleId: `AROA${name.toUpperCase().replace(/\W/g, '')}`.padEnd(21, '0'),
    Arn: arn(`role/${name}`),
    CreateDate: '2024-03-01T10:00:00Z',
    AssumeRolePolicyDocument: trusting(trustedBy),
    InstanceProfileList: [],
    RolePolicyList: own.assumes
      ? [
          {
            PolicyName: `Assume${own.assumes}`,
            PolicyDocument: document(allow('sts:AssumeRole', arn(`role/${own.assumes}`))),
          },
        ]
      : [],
    AttachedManagedPolicies: own.admin
      ? [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMINISTRATOR_ACCESS }]
      : [],
    Tags: [],
    MaxSessionDuration: 3600,
    RoleLastUsed: {},
  };
}

function user(name: string, inline: Record<string, unknown>[], attached: string[] = []) {
  return {
    Path: '/',
    UserName: name,
    UserId: `AIDA${name.toUpperCase()}`.padEnd(21, '0'),
    Arn: arn(`user/${name}`),
    CreateDate: '2024-03-01T10:00:00Z',
    UserPolicyList: inline.length
      ? [{ PolicyName: `${name}-own`, PolicyDocument: document(...inline) }]
      : [],
    GroupList: [],
    AttachedManagedPolicies: attached.map((policyArn) => ({
      PolicyName: policyArn.slice(policyArn.lastIndexOf('/') + 1),
      PolicyArn: policyArn,
    })),
    Tags: [],
  };
}

/**
 * carol can assume deploy, which can assume admin (AdministratorAccess): two hops; she can also
 * assume hop1 → hop2 → far-admin, three. dana can write a new version of her own policy.
 */
const CHAINS = JSON.stringify({
  UserDetailList: [
    user('carol', [
      {
        Sid: 'AssumeFirstHops',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: [arn('role/deploy'), arn('role/hop1')],
      },
    ]),
    user('dana', [], [arn('policy/dana-self-service')]),
  ],
  GroupDetailList: [],
  RoleDetailList: [
    role('hop1', arn('user/carol'), { assumes: 'hop2' }),
    role('hop2', arn('role/hop1'), { assumes: 'far-admin' }),
    role('far-admin', arn('role/hop2'), { admin: true }),
    role('deploy', arn('user/carol'), { assumes: 'admin' }),
    role('admin', arn('role/deploy'), { admin: true }),
  ],
  Policies: [
    {
      PolicyName: 'dana-self-service',
      PolicyId: 'ANPADANASELFSERVICE01',
      Arn: arn('policy/dana-self-service'),
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: '2024-03-01T10:00:00Z',
      UpdateDate: '2024-03-01T10:00:00Z',
      PolicyVersionList: [
        {
          Document: document({
            Sid: 'ManageOwnPolicy',
            ...allow('iam:CreatePolicyVersion', arn('policy/dana-self-service')),
          }),
          VersionId: 'v1',
          IsDefaultVersion: true,
          CreateDate: '2024-03-01T10:00:00Z',
        },
      ],
    },
  ],
});

const graph = (page: Page) => page.getByRole('group', { name: 'Escalation graph' });
const node = (page: Page, name: RegExp) => graph(page).getByRole('button', { name });

const openAccount = openPastedAccount;

async function findEscalations(page: Page) {
  await page.getByRole('tab', { name: 'Identities' }).click();
  await page.getByRole('tab', { name: 'Escalations' }).click();
  await page.getByRole('button', { name: 'Find escalation paths' }).click();
  await expect(page.getByRole('region', { name: 'Escalation paths' })).toBeVisible({
    timeout: 20_000,
  });
}

test('the escalation graph highlights the shortest path from the chosen principal to admin', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openStudio(page);
  await openAccount(page, CHAINS, '2 users, 0 groups, 5 roles');
  await findEscalations(page);

  // Admin-equivalent roles are said so in words, not only by colour.
  await expect(node(page, /^admin role · ★ admin, admin-equivalent/)).toBeVisible();
  await expect(node(page, /^far-admin role · ★ admin, admin-equivalent/)).toBeVisible();

  await node(page, /^carol user/).click();
  const shortest = page.getByRole('status', { name: 'Shortest path to admin' });
  await expect(shortest).toHaveText('Shortest path to admin (2 hops): carol → deploy → admin');
  await expect(node(page, /^carol user/)).toHaveAttribute('aria-pressed', 'true');
  await expect(graph(page).locator('[data-edge][data-on-path]')).toHaveCount(2);
  await expect(
    graph(page).locator(`[data-edge="${arn('user/carol')} ${arn('role/deploy')}"]`),
  ).toHaveAttribute('data-on-path', 'true');
  await expect(
    graph(page).locator(`[data-edge="${arn('user/carol')} ${arn('role/hop1')}"]`),
  ).not.toHaveAttribute('data-on-path', /.*/);
  // The list follows the selection: carol's paths, each step with its deciding statement.
  const carols = page.getByRole('group', { name: 'Paths of carol' });
  await expect(carols.getByRole('article', { name: 'Path sts-001 to deploy' })).toBeVisible();
  await expect(
    carols
      .getByRole('article', { name: 'Path sts-001 to deploy' })
      .getByRole('button', { name: /AssumeFirstHops/ }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/graph-light.png', fullPage: true });
  const { violations } = await new AxeBuilder({ page })
    .include('[role="tabpanel"][aria-label="Escalations"]')
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);

  await node(page, /^dana user/).click();
  await expect(shortest).toHaveText('Shortest path to admin (1 hop): dana → Administrator access');

  await node(page, /^dana user/).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(node(page, /^carol user/)).toBeFocused();
  await page.screenshot({ path: '/tmp/graph-focus.png', clip: (await graph(page).boundingBox())! });
  await node(page, /^carol user/).focus();
  await page.keyboard.press('Enter');
  await expect(shortest).toContainText('carol → deploy → admin');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.screenshot({ path: '/tmp/graph-dark.png', fullPage: true });
});

/** 70 users who can each assume shared, which can assume admin. */
const CROWD = JSON.stringify({
  UserDetailList: Array.from({ length: 70 }, (_, index) =>
    user(`u${String(index).padStart(2, '0')}`, [allow('sts:AssumeRole', arn('role/shared'))]),
  ),
  GroupDetailList: [],
  RoleDetailList: [
    role('shared', `arn:aws:iam::${ACCOUNT_ID}:root`, { assumes: 'admin' }),
    role('admin', arn('role/shared'), { admin: true }),
  ],
  Policies: [],
});

test('a graph too large to read is drawn around the chosen principal', async ({ page }) => {
  await openStudio(page);
  await openAccount(page, CROWD, '70 users, 0 groups, 2 roles');
  await findEscalations(page);
  await expect(
    page.getByText(/^72 principals and targets take part: choose a principal/),
  ).toBeVisible();
  await expect(graph(page)).toBeHidden();

  await page.getByRole('combobox', { name: 'Paths of' }).selectOption({ label: 'u07 (1)' });
  await expect(graph(page).locator('[data-node]')).toHaveCount(3);
  await expect(page.getByRole('status', { name: 'Shortest path to admin' })).toHaveText(
    'Shortest path to admin (2 hops): u07 → shared → admin',
  );

  await page.getByRole('combobox', { name: 'Paths of' }).selectOption({ label: 'shared (1)' });
  // shared, admin, and the first 15 of the 70 users who can become shared.
  await expect(graph(page).locator('[data-node]')).toHaveCount(17);
  await expect(
    page.getByText('Only the part around the selected principal is drawn; 55 more nodes are not.'),
  ).toBeVisible();
  await expect(node(page, /^shared role/)).toBeInViewport();
  await page.screenshot({ path: '/tmp/graph-crowd.png', fullPage: true });
});
