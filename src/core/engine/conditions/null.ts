import { parseBool } from './bool.ts';

/**
 * The Null operator ("IAM JSON policy elements: Condition operators", Condition operator to check
 * existence of condition keys): "true" holds when the key is absent, "false" when it is present.
 * Returns undefined when the policy value is neither.
 */
export function nullValueMatches(policyValue: string, keyAbsent: boolean): boolean | undefined {
  const expectAbsent = parseBool(policyValue);
  return expectAbsent === undefined ? undefined : expectAbsent === keyAbsent;
}
