import type { TextValue } from '../../policy/model.ts';
import { splitArn, type ArnField } from '../arn-fields.ts';
import type { LintRule } from '../context.ts';
import { replaceValueFix } from '../edits.ts';
import type { LintFinding } from '../finding.ts';
import { partSpan } from '../spans.ts';
import { resourceEntryFindings } from '../resource-entries.ts';

/*
 * Resource and NotResource entries are "*" or ARNs: arn:partition:service:region:account:resource
 * ("IAM identifiers", "IAM JSON policy elements: Resource"). Wildcards and policy variables may
 * stand in any segment, and a segment ending in `*` may swallow the segments after it, so such
 * segments are not checked.
 */

export const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^(\d{12}|aws)$/;
const SERVICE = /^[a-z0-9-]+$/;

function isOpen(segment: string): boolean {
  return segment.includes('*') || segment.includes('?') || segment.includes('${');
}

function problemAt(entry: TextValue, segment: ArnField, message: string): LintFinding {
  return {
    code: 'invalid-arn',
    severity: 'error',
    message,
    span: partSpan(entry, segment.start, segment.start + segment.text.length),
  };
}

function checkSegments(entry: TextValue, segments: readonly ArnField[]): LintFinding[] {
  const [, partition, service, region, account, resource] = segments as (ArnField | undefined)[];
  const findings: LintFinding[] = [];
  if (partition && !isOpen(partition.text) && !PARTITIONS.includes(partition.text)) {
    findings.push(
      problemAt(
        entry,
        partition,
        `Unknown partition "${partition.text}": use one of ${PARTITIONS.join(', ')} (usually aws)`,
      ),
    );
  }
  if (service && !isOpen(service.text) && !SERVICE.test(service.text)) {
    const finding = problemAt(
      entry,
      service,
      service.text === ''
        ? 'The ARN has no service: write the service prefix, e.g. arn:aws:s3:::bucket'
        : `Service "${service.text}" in an ARN is lower case: write "${service.text.toLowerCase()}"`,
    );
    if (service.text !== '') {
      const fixed =
        entry.value.slice(0, service.start) +
        service.text.toLowerCase() +
        entry.value.slice(service.start + service.text.length);
      finding.fixes = replaceValueFix('Write the service in lower case', entry, fixed);
    }
    findings.push(finding);
  }
  if (region && region.text !== '' && !isOpen(region.text) && !REGION.test(region.text)) {
    findings.push(
      problemAt(
        entry,
        region,
        `"${region.text}" is not a Region: write one like us-east-1, or leave it empty`,
      ),
    );
  }
  if (account && account.text !== '' && !isOpen(account.text) && !ACCOUNT.test(account.text)) {
    findings.push(
      problemAt(
        entry,
        account,
        `"${account.text}" is not an account ID: write the 12 digits without hyphens, or leave it empty`,
      ),
    );
  }
  if (resource?.text === '' && !account?.text.endsWith('*')) {
    findings.push(
      problemAt(
        entry,
        resource,
        'The ARN has no resource part: name the resource after the account',
      ),
    );
  }
  return findings;
}

/**
 * An ARN every test below passes: a listed partition, a service in lower case, the Region and the
 * account empty or well-formed, and a resource. Most are so: one test of the whole text spares them
 * the split into fields.
 */
const WELL_FORMED = new RegExp(
  `^arn:(?:${PARTITIONS.join('|')}):[a-z0-9-]+:(?:${REGION.source.slice(1, -1)})?:(?:${ACCOUNT.source.slice(1, -1)})?:[\\s\\S]`,
);

function checkEntry(entry: TextValue): LintFinding[] {
  const value = entry.value;
  if (value === '*' || WELL_FORMED.test(value)) return [];
  if (!value.startsWith('arn:')) {
    const finding: LintFinding = {
      code: 'invalid-arn',
      severity: 'error',
      message: `"${value}" is not an ARN: a resource is "*" or starts with "arn:", e.g. arn:aws:s3:::bucket/*`,
      span: entry.span,
    };
    if (value.toLowerCase().startsWith('arn:')) {
      finding.fixes = replaceValueFix('Write "arn:" in lower case', entry, `arn:${value.slice(4)}`);
    }
    return [finding];
  }
  const segments = splitArn(entry.value);
  const last = segments[segments.length - 1] as ArnField;
  if (segments.length < 6 && !last.text.endsWith('*')) {
    return [
      {
        code: 'invalid-arn',
        severity: 'error',
        message:
          `The ARN has ${segments.length} of its 6 parts: write arn:partition:service:region:account:resource ` +
          '(leave a part empty, not out, e.g. arn:aws:s3:::bucket)',
        span: entry.span,
      },
    ];
  }
  return checkSegments(entry, segments);
}

export const invalidArn: LintRule = {
  code: 'invalid-arn',
  check: ({ policy }) => resourceEntryFindings(policy.statements, checkEntry),
};
