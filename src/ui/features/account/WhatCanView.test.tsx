// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bundledCatalog,
  loadWhatCan,
  type Account,
  type WhatCanAnswer,
} from '../../../core/index.ts';
import { ALICE, aliceAccount, arn, managedPolicy } from '../../../analysis/account-fixtures.ts';
import { WhatCanView } from './WhatCanView.tsx';

afterEach(cleanup);

const OBJECTS = 'arn:aws:s3:::amzn-s3-demo-bucket/*';
const document = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

const SQS = managedPolicy('SqsAll', document({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }));
const OBJECT_READER = managedPolicy(
  'ReadObjects',
  document({ Sid: 'ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: OBJECTS }),
);
const NO_SQS_DELETE = document({
  Effect: 'Deny',
  Action: 'sqs:Delete*',
  Resource: '*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

/** Alice with `fields`, and the account's policies (by default SqsAll and ReadObjects) attached. */
const alice = (fields: Partial<Account['users'][number]>, policies = [SQS, OBJECT_READER]) =>
  aliceAccount(policies, fields);

const ask = (account: Account): Promise<WhatCanAnswer> =>
  loadWhatCan(account, ALICE, bundledCatalog());

function show(answer: WhatCanAnswer) {
  const onOpenStatement = vi.fn();
  render(<WhatCanView answer={answer} onOpenStatement={onOpenStatement} />);
  return onOpenStatement;
}

describe('WhatCanView', () => {
  it('shows each service with its access levels, Limited with the resource that limits it, None where nothing is allowed', async () => {
    show(await ask(alice({})));
    const s3 = screen.getByRole('rowgroup', { name: 'Amazon S3' });
    const read = within(s3).getByText('Limited: Read').closest('tr')!;
    expect(read.textContent).toContain(OBJECTS);
    expect(read.textContent).toContain('1 of');
    const write = within(s3).getByText('None: Write').closest('tr')!;
    expect(write.textContent).not.toContain(OBJECTS);
    // sqs:* on every resource: the console's "Full access", every resource, no condition.
    const sqs = screen.getByRole('rowgroup', { name: 'Amazon SQS' });
    const full = within(sqs).getByText('Full access').closest('tr')!;
    expect(full.textContent).toContain('All resources');
    expect(full.textContent).toContain('None');
  });

  it("names a conditional Deny's condition as taking the access away, and opens the deciding statements, each a button", async () => {
    const onOpenStatement = show(
      await ask(alice({ inline: [{ name: 'NoDelete', document: NO_SQS_DELETE }] })),
    );
    const sqs = screen.getByRole('rowgroup', { name: 'Amazon SQS' });
    const write = within(sqs).getByText('Limited: Write').closest('tr')!;
    expect(write.textContent).toContain('Denied when aws:SecureTransport Bool false');
    const toggle = within(write).getByRole('button', { name: /Show the 2 statements/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Deciding statements' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const statements = within(screen.getByRole('list', { name: 'Deciding statements' }));
    fireEvent.click(
      statements.getByRole('button', { name: /Deny · alice\/NoDelete · Statement 1/ }),
    );
    expect(onOpenStatement).toHaveBeenCalledWith(`${ALICE}#NoDelete`, 0);
    fireEvent.click(statements.getByRole('button', { name: /Allow · SqsAll · Statement 1/ }));
    expect(onOpenStatement).toHaveBeenLastCalledWith(SQS.arn, 0);
  });

  it('gives the services "*" reaches that no policy names one row, and says which policies cannot be read', async () => {
    const admin = managedPolicy('Admin', document({ Effect: 'Allow', Action: '*', Resource: '*' }));
    const broken = managedPolicy('Broken', '{"Statement": [');
    show(await ask(alice({}, [admin])));
    const others = screen.getByRole('rowgroup', { name: /^Every other service \(\d+\)$/ });
    expect(within(others).getByText('Full access')).toBeTruthy();
    cleanup();
    show(await ask(alice({}, [admin, broken])));
    expect(screen.getByRole('alert').textContent).toContain(broken.arn);
    expect(screen.getByText('No policy reaching it allows it anything.')).toBeTruthy();
  });

  it('shows the first 50 services and the others on demand', async () => {
    const prefixes = bundledCatalog()
      .services.slice(0, 60)
      .map((service) => service.prefix);
    const reader = managedPolicy(
      'ReadMany',
      document({ Effect: 'Allow', Action: prefixes.map((p) => `${p}:Get*`), Resource: '*' }),
    );
    const answer = await ask(alice({}, [reader]));
    const listed = answer.services.length;
    expect(listed).toBeGreaterThan(50);
    show(answer);
    const services = () =>
      screen.getAllByRole('rowgroup').filter((group) => group.tagName === 'TBODY');
    expect(services()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: `Show the other ${listed - 50} services` }));
    expect(services()).toHaveLength(listed);
  });

  it("closes the opened rows when another principal's answer is shown", async () => {
    const answer = await ask(alice({}));
    const onOpenStatement = vi.fn();
    const { rerender } = render(<WhatCanView answer={answer} onOpenStatement={onOpenStatement} />);
    fireEvent.click(screen.getAllByRole('button', { name: /^Show the \d+ statements/ })[0]!);
    expect(screen.getByRole('list', { name: 'Deciding statements' })).toBeTruthy();
    rerender(
      <WhatCanView
        answer={{ ...answer, principal: arn('user/bob') }}
        onOpenStatement={onOpenStatement}
      />,
    );
    expect(screen.queryByRole('list', { name: 'Deciding statements' })).toBeNull();
  });
});
