import type { FoundPolicies } from './found.ts';

const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * Why `name` cannot be a general purpose bucket's name, or undefined when it can: S3's naming
 * rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'A bucket name is 3 to 63 characters long';
  if (!/^[a-z0-9.-]+$/.test(name)) {
    return 'A bucket name has only lowercase letters, numbers, dots (.) and hyphens (-)';
  }
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) {
    return 'A bucket name begins and ends with a letter or a number';
  }
  if (name.includes('..')) return 'A bucket name has no two adjacent dots';
  if (IP_ADDRESS.test(name)) return 'A bucket name is not formatted as an IP address';
  const prefix = RESERVED_PREFIXES.find((reserved) => name.startsWith(reserved));
  if (prefix) return `A bucket name does not start with ${prefix}, which S3 reserves`;
  const suffix = RESERVED_SUFFIXES.find((reserved) => name.endsWith(reserved));
  if (suffix) return `A bucket name does not end with ${suffix}, which S3 reserves`;
  return undefined;
}

/** The bucket a file name names (`reports.json`, `reports.policy.json`), when it is a bucket name. */
export function bucketNameOfFile(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/(\.policy)?\.json$/i, '');
  return bucketNameProblem(base) === undefined ? base : undefined;
}

export const isBucketPolicyOutput = (found: FoundPolicies) =>
  found.source.includes('s3api get-bucket-policy');

/**
 * The bucket policy of `found` (the output of `aws s3api get-bucket-policy`, which does not name
 * its bucket) attached to `bucket`: the bucket and every object in it, the two resources a
 * bucket policy's statements name.
 */
export function attachBucketPolicy(found: FoundPolicies, bucket: string): FoundPolicies {
  return {
    ...found,
    policies: found.policies.map((policy) =>
      policy.type === 'resource'
        ? {
            ...policy,
            name: `${bucket} bucket policy`,
            attachedTo: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
          }
        : policy,
    ),
  };
}
