/** How many days make a credential old or unused; every one configurable. */
export interface CredentialThresholds {
  /** The root user counts as used when it signed in or used a key this many days ago or less. */
  rootUsedDays: number;
  /** An active access key last rotated more than this many days ago is not rotated. */
  keyRotationDays: number;
  /** A password or active access key not used for this many days or more is unused. */
  unusedDays: number;
}

export interface ThresholdDefault {
  days: number;
  /** Where the default comes from. */
  source: string;
}

/**
 * The defaults, from the CIS Amazon Web Services Foundations Benchmark v3.0.0 where it gives a
 * number. Its 1.7 ("Eliminate use of the 'root' user for administrative and daily tasks") asks to
 * review the root user's last use and names no period: 90 days is the studio's choice, the same
 * window as key rotation.
 */
export const CIS_THRESHOLDS: Readonly<Record<keyof CredentialThresholds, ThresholdDefault>> = {
  rootUsedDays: {
    days: 90,
    source:
      'studio default: CIS AWS Foundations Benchmark v3.0.0 1.7 "Eliminate use of the \'root\' user for administrative and daily tasks" names no period',
  },
  keyRotationDays: {
    days: 90,
    source:
      'CIS AWS Foundations Benchmark v3.0.0 1.14 "Ensure access keys are rotated every 90 days or less"',
  },
  unusedDays: {
    days: 45,
    source:
      'CIS AWS Foundations Benchmark v3.0.0 1.12 "Ensure credentials unused for 45 days or greater are disabled"',
  },
};

/** The thresholds given, the CIS defaults for the others. */
export function credentialThresholds(
  given: Partial<CredentialThresholds> = {},
): CredentialThresholds {
  return {
    rootUsedDays: given.rootUsedDays ?? CIS_THRESHOLDS.rootUsedDays.days,
    keyRotationDays: given.keyRotationDays ?? CIS_THRESHOLDS.keyRotationDays.days,
    unusedDays: given.unusedDays ?? CIS_THRESHOLDS.unusedDays.days,
  };
}
