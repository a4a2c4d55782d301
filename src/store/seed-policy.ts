import type { ScenarioPolicy } from '../core/scenario/model.ts';

/** The example a user sees first (issue 2), pretty-printed with 2 spaces. */
const SEED_DOCUMENT = {
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
};

export const SEED_POLICY: ScenarioPolicy = {
  id: 'visual-editor-0',
  name: 'VisualEditor0 example',
  type: 'identity',
  document: JSON.stringify(SEED_DOCUMENT, null, 2),
};
