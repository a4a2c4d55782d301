const ROLE = /^arn:([^:]+):iam::(\d{12}):role\/(?:[^/]+\/)*([^/]+)$/;

/** The session name the escalation analysis gives a role acting as itself. */
export const ESCALATION_SESSION = 'escalation';

/**
 * A role acts through a session of itself (arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/SESSION,
 * "IAM identifiers", IAM User Guide); any other principal is returned as it is.
 */
export function actingAs(principalArn: string): string {
  const role = ROLE.exec(principalArn);
  return role
    ? `arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/${ESCALATION_SESSION}`
    : principalArn;
}
