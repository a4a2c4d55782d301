declare module 'virtual:aws-managed-policies' {
  /** [policy name, latest policy document as compact JSON], for every AWS managed policy. */
  const entries: [string, string][];
  export default entries;
}
