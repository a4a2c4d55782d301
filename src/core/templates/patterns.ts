import { pretty, type PolicyTemplate } from './template.ts';

/* Patterns from the AWS IAM User Guide's "Example IAM identity-based policies" and AWS
 * Organizations' "SCP examples"; each page is named in the template's comment. */
const policy = (...statements: Record<string, unknown>[]) =>
  pretty({ Version: '2012-10-17', Statement: statements });

export const PATTERN_TEMPLATES: PolicyTemplate[] = [
  // "Amazon S3: Allows IAM users access to their S3 home directory" and "... read-only access to a prefix".
  {
    id: 's3-read-only-prefix',
    title: 'S3 read-only to one prefix',
    description: 'List the bucket only under reports/ and read the objects there, nothing else.',
    category: 'pattern',
    type: 'identity',
    document: policy(
      {
        Sid: 'ListReportsPrefix',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
        Condition: { StringLike: { 's3:prefix': ['reports/*'] } },
      },
      {
        Sid: 'ReadReports',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/reports/*',
      },
    ),
  },
  // "AWS: Denies access to AWS based on the requested Region" (IAM) and the SCP of the same name.
  {
    id: 'deny-outside-regions',
    title: 'Deny outside approved Regions (SCP)',
    description:
      'Denies every action outside eu-central-1 and eu-west-1, except in global services whose endpoint is in us-east-1.',
    category: 'pattern',
    type: 'scp',
    document: policy({
      Sid: 'DenyAllOutsideApprovedRegions',
      Effect: 'Deny',
      NotAction: ['cloudfront:*', 'iam:*', 'organizations:*', 'route53:*', 'support:*', 'sts:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
    }),
  },
  // "AWS: Allows MFA-authenticated IAM users to manage their own credentials" (the deny part).
  {
    id: 'require-mfa',
    title: 'Require MFA for everything but MFA setup',
    description:
      'Denies every action without MFA except those a user needs to set up a virtual MFA device and sign in with it.',
    category: 'pattern',
    type: 'identity',
    document: policy({
      Sid: 'DenyAllExceptListedIfNoMFA',
      Effect: 'Deny',
      NotAction: [
        'iam:CreateVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:GetUser',
        'iam:ListMFADevices',
        'iam:ListVirtualMFADevices',
        'iam:ResyncMFADevice',
        'sts:GetSessionToken',
      ],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    }),
  },
  // Amazon S3 User Guide: "Enforce encryption in transit" bucket policy with aws:SecureTransport.
  {
    id: 'deny-without-tls',
    title: 'Deny requests without TLS (bucket policy)',
    description: 'A bucket policy that denies any request to the bucket that does not use HTTPS.',
    category: 'pattern',
    type: 'resource',
    document: policy({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    }),
  },
  // "IAM tutorial: Define permissions to access AWS resources based on tags" (ABAC).
  {
    id: 'tag-based-access',
    title: 'Tag-based access (ABAC)',
    description:
      'Start and stop only the EC2 instances whose project tag equals the caller\u2019s own project tag.',
    category: 'pattern',
    type: 'identity',
    document: policy({
      Sid: 'StartStopOwnProject',
      Effect: 'Allow',
      Action: ['ec2:StartInstances', 'ec2:StopInstances'],
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: {
        StringEquals: { 'aws:ResourceTag/project': '${aws:PrincipalTag/project}' },
      },
    }),
  },
];
