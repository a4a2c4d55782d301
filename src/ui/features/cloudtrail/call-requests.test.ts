import { describe, expect, it } from 'vitest';
import type { CallFacts } from '../../../analysis/cloudtrail-replay.ts';
import { requestsOfCalls } from './call-requests.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';

const call = (facts: Partial<CallFacts>): CallFacts => ({
  index: 0,
  caller: ALICE,
  principal: ALICE,
  eventSource: 's3.amazonaws.com',
  eventName: 'CopyObject',
  actions: ['s3:GetObject', 's3:PutObject'],
  recorded: 'success',
  count: 1,
  requests: [],
  notes: [],
  ...facts,
});

describe('the requests of chosen calls', () => {
  it('gives each request of each call once, with the caller as principal and the context', () => {
    const copy = call({
      requests: [
        { action: 's3:GetObject', resource: 'arn:aws:s3:::a/k', context: {} },
        {
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::b/k',
          context: { 'aws:SourceIp': '192.0.2.1' },
        },
      ],
    });
    expect(requestsOfCalls([copy, copy])).toEqual([
      { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::a/k' },
      {
        principal: ALICE,
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::b/k',
        context: { 'aws:SourceIp': '192.0.2.1' },
      },
    ]);
  });

  it('leaves out the calls whose caller could not be named', () => {
    const facts = call({
      requests: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::a/k', context: {} }],
    });
    delete facts.principal;
    expect(requestsOfCalls([facts])).toEqual([]);
  });
});
