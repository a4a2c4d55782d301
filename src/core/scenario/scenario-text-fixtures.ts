/** Tests only: the text of a small scenario file, for the tests of its reader. */

/** An identity policy with no statements. */
export const EMPTY_POLICY = '{"Version":"2012-10-17","Statement":[]}';

/**
 * A scenario file as a person writes one (pretty-printed): identity policy `app` with `document`,
 * alice's request for s3:GetObject, and then `fields`, which may add to or replace either.
 */
export function scenarioText(
  fields: Record<string, unknown> = {},
  document: string = EMPTY_POLICY,
): string {
  return JSON.stringify(
    {
      format: 'iam-policy-studio/scenario@1',
      policies: [{ id: 'app', type: 'identity', document }],
      requests: [
        {
          principal: 'arn:aws:iam::111122223333:user/alice',
          action: 's3:GetObject',
          resource: '*',
        },
      ],
      ...fields,
    },
    null,
    2,
  );
}
