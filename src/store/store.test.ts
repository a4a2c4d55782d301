import { describe, expect, it } from 'vitest';
import { createStudioStore, selectSelectedPolicy } from './store.ts';

const SEED_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "VisualEditor0",
      "Effect": "Allow",
      "Action": [
        "s3:PutBucketLogging",
        "s3:PutAccessPointConfigurationForObjectLambda",
        "s3:DeleteAccessPointPolicy"
      ],
      "Resource": [
        "arn:aws:s3:*:970698899539:accesspoint/*",
        "arn:aws:s3:::*",
        "arn:aws:s3-object-lambda:*:970698899539:accesspoint/*"
      ],
      "Condition": {
        "Bool": {
          "aws:MultiFactorAuthPresent": "true"
        }
      }
    }
  ]
}`;

describe('studio store', () => {
  it('opens with the seed identity policy selected, pretty-printed with 2 spaces', () => {
    const store = createStudioStore();
    const policy = selectSelectedPolicy(store.getState());
    expect(policy).toMatchObject({ type: 'identity', name: 'VisualEditor0 example' });
    expect(policy?.document).toBe(SEED_TEXT);
  });

  it('replaces the document text of one policy', () => {
    const store = createStudioStore();
    const { id } = store.getState().policies[0]!;
    store.getState().actions.setPolicyDocument(id, '{}');
    expect(store.getState().policies[0]?.document).toBe('{}');
  });

  it('ignores a selection of a policy that does not exist', () => {
    const store = createStudioStore();
    const before = store.getState().selectedPolicyId;
    store.getState().actions.selectPolicy('missing');
    expect(store.getState().selectedPolicyId).toBe(before);
  });

  it('follows the system theme by default and keeps an explicit choice', () => {
    const store = createStudioStore();
    expect(store.getState().themePreference).toBe('system');
    store.getState().actions.setThemePreference('dark');
    expect(store.getState().themePreference).toBe('dark');
  });
});
