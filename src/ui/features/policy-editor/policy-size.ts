import { type PolicyType } from '../../../core/index.ts';

export interface SizeQuota {
  /** What the quota applies to, e.g. "managed policy". */
  label: string;
  characters: number;
}

/**
 * AWS's size quotas by policy type ("IAM and AWS STS quotas", IAM User Guide; "Quotas for AWS
 * Organizations"; "Bucket policy size", Amazon S3 User Guide; AWS PrivateLink quotas). An
 * identity policy is managed or inline, so both of its quotas are shown.
 */
const QUOTAS: Record<PolicyType, SizeQuota[]> = {
  identity: [
    { label: 'managed policy', characters: 6144 },
    { label: 'inline user policy', characters: 2048 },
  ],
  'permissions-boundary': [{ label: 'managed policy', characters: 6144 }],
  session: [{ label: 'session policy', characters: 2048 }],
  trust: [{ label: 'role trust policy', characters: 2048 }],
  resource: [{ label: 'bucket policy', characters: 20480 }],
  scp: [{ label: 'SCP', characters: 5120 }],
  rcp: [{ label: 'RCP', characters: 5120 }],
  'vpc-endpoint': [{ label: 'VPC endpoint policy', characters: 20480 }],
};

export function sizeQuotas(type: PolicyType): readonly SizeQuota[] {
  return QUOTAS[type];
}

/**
 * The size AWS counts: IAM does not count whitespace, so this leaves out whitespace outside
 * string values ("IAM and AWS STS quotas": "IAM doesn't count white space").
 */
export function policySize(text: string): number {
  let size = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      size += 1;
      if (code === 0x5c) {
        size += index + 1 < text.length ? 1 : 0;
        index += 1;
      } else if (code === 0x22) {
        inString = false;
      }
    } else if (code === 0x22) {
      inString = true;
      size += 1;
    } else if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) {
      size += 1;
    }
  }
  return size;
}
