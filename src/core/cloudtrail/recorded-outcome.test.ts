import { describe, expect, it } from 'vitest';
import { recordedOutcome } from './recorded-outcome.ts';

describe('how CloudTrail recorded a call', () => {
  it.each([
    ['AccessDenied', 'Amazon S3, IAM, AWS STS'],
    ['AccessDeniedException', 'Common Errors of every service'],
    ['NotAuthorized', 'Common Errors of every service'],
    ['UnauthorizedOperation', 'Amazon EC2'],
    ['Client.UnauthorizedOperation', 'Amazon EC2 as CloudTrail records it'],
    ['AuthorizationError', 'Amazon SNS'],
    ['UnauthorizedException', 'Amazon API Gateway'],
  ])('%s is an access denial (%s)', (code) => {
    expect(recordedOutcome(code)).toBe('denied');
  });

  it.each(['NoSuchKey', 'TrailNotFoundException', 'ThrottlingException', 'InvalidClientTokenId'])(
    '%s is another error',
    (code) => {
      expect(recordedOutcome(code)).toBe('error');
    },
  );

  it('success is success', () => {
    expect(recordedOutcome('success')).toBe('success');
  });
});
