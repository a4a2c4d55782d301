import { pretty, type PolicyTemplate } from './template.ts';

export const EXAMPLE_TEMPLATES: PolicyTemplate[] = [
  {
    id: 's3-get-object',
    title: 'Read objects in one bucket',
    description: 'The smallest useful identity policy: s3:GetObject on the objects of one bucket.',
    category: 'example',
    type: 'identity',
    document: pretty({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadObjects',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
      ],
    }),
  },
  {
    id: 'visual-editor-mfa',
    title: 'S3 administration with MFA',
    description:
      'What the AWS console\u2019s visual editor writes: three S3 actions on access points and buckets, only when the caller signed in with MFA.',
    category: 'example',
    type: 'identity',
    document: pretty({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'VisualEditor0',
          Effect: 'Allow',
          Action: [
            's3:PutBucketLogging',
            's3:PutAccessPointConfigurationForObjectLambda',
            's3:DeleteAccessPointPolicy',
          ],
          Resource: [
            'arn:aws:s3:*:970698899539:accesspoint/*',
            'arn:aws:s3:::*',
            'arn:aws:s3-object-lambda:*:970698899539:accesspoint/*',
          ],
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    }),
  },
];
