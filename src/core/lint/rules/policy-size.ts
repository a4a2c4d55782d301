import { QUOTE } from '../../json/char-codes.ts';
import { closingQuote } from '../../json/strict.ts';
import type { PolicyType } from '../../scenario/model.ts';
import type { LintRule } from '../context.ts';

/*
 * Size quotas per policy type. IAM ("IAM and AWS STS quotas"): managed policy 6,144 characters,
 * role trust policy 2,048, session policy 2,048 ("AssumeRole", Policy parameter), not counting
 * white space. AWS Organizations ("Quotas for AWS Organizations"): SCP and RCP 5,120 characters,
 * where every character counts, white space included ("SCP syntax"). Resource-based policies
 * differ by service: 20,480 is the S3 bucket policy quota (20 KB), also the VPC endpoint policy
 * one. An identity policy is checked as a managed policy: an inline user policy (2,048) cannot be
 * told apart here. Severity as IAM Access Analyzer's: "Policy size exceeds SCP quota" is an
 * error, the identity, resource and trust policy quotas are warnings (AWS's own managed policies
 * are not bound by the customer quota: AWSConfigServiceRolePolicy has over 75,000 characters).
 */

const QUOTA: Record<PolicyType, number> = {
  identity: 6144,
  'permissions-boundary': 6144,
  session: 2048,
  trust: 2048,
  resource: 20480,
  'vpc-endpoint': 20480,
  scp: 5120,
  rcp: 5120,
};

const NAME: Record<PolicyType, string> = {
  identity: 'a managed policy',
  'permissions-boundary': 'a managed policy',
  session: 'a session policy',
  trust: 'a role trust policy',
  resource: 'an S3 bucket policy',
  'vpc-endpoint': 'a VPC endpoint policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
};

/** What `\s` matches besides these: only outside ASCII. */
const OTHER_SPACE = /\s/;

/** Whether the code unit is white space as `\s` reads it: ASCII by value, the rest by the pattern. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return OTHER_SPACE.test(String.fromCharCode(code));
}

/**
 * The text's length without the white space outside strings. Strings are passed over whole, from
 * their opening quote to their closing one (or to the end of a text that leaves one open), and
 * only the characters between them are read one by one: a regular expression test per character
 * took 40 ms of a 10,000-statement policy's lint.
 */
export function sizeWithoutWhitespace(text: string): number {
  let size = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const closing = closingQuote(text, i);
      const end = closing < 0 ? text.length : closing + 1;
      size += end - i;
      i = end;
    } else {
      if (!isSpace(code)) size++;
      i++;
    }
  }
  return size;
}

export const policySize: LintRule = {
  code: 'policy-size',
  check: ({ text, policyType, root }) => {
    const countsWhitespace = policyType === 'scp' || policyType === 'rcp';
    const size = countsWhitespace ? text.length : sizeWithoutWhitespace(text);
    const quota = QUOTA[policyType];
    if (size <= quota) return [];
    return [
      {
        code: 'policy-size',
        severity: countsWhitespace ? 'error' : 'warning',
        message:
          `The policy has ${size} characters${countsWhitespace ? '' : ' (white space aside)'}: ` +
          `${NAME[policyType]} may have ${quota}. ` +
          (countsWhitespace
            ? 'Remove white space outside strings, or split it into several policies'
            : 'Use wildcards for related actions, or split it into several policies'),
        span: { start: root.offset, end: root.offset + 1 },
      },
    ];
  },
};
