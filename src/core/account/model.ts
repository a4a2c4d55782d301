/**
 * An AWS account's identities as IAM has them ("IAM identities", IAM User Guide; the data types of
 * GetAccountAuthorizationDetails in the IAM API Reference). Policy documents are kept as text: the
 * studio's single source of truth is text.
 */

/** A policy embedded in one user, group or role. */
export interface InlinePolicy {
  name: string;
  /** The policy as JSON text. */
  document: string;
}

/** Tag keys and their values (IAM tags a user or a role; keys are unique, ignoring case). */
export type Tags = Record<string, string>;

export interface AccountUser {
  name: string;
  arn: string;
  id?: string;
  path: string;
  /** The names of the groups the user is in. */
  groups: string[];
  /** The ARNs of the managed policies attached to the user. */
  attached: string[];
  inline: InlinePolicy[];
  /** The ARN of the managed policy set as the user's permissions boundary. */
  boundary?: string;
  tags: Tags;
}

export interface AccountGroup {
  name: string;
  arn: string;
  id?: string;
  path: string;
  attached: string[];
  inline: InlinePolicy[];
  /**
   * Groups this group is put in. IAM has no such thing ("An IAM group cannot be nested in another
   * group"), and GetAccountAuthorizationDetails cannot say it, but a scenario can: a finding says so.
   */
  groups?: string[];
}

export interface RoleLastUsed {
  lastUsedDate?: string;
  region?: string;
}

export interface AccountRole {
  name: string;
  arn: string;
  id?: string;
  path: string;
  /** The trust policy (AssumeRolePolicyDocument) as JSON text. */
  trust: string;
  attached: string[];
  inline: InlinePolicy[];
  boundary?: string;
  tags: Tags;
  /** Seconds, 3600 to 43200; IAM's default is 3600. */
  maxSessionDuration?: number;
  lastUsed?: RoleLastUsed;
  /** CreateDate as GAAD writes it (ISO 8601): how old a role that was never used is. */
  createDate?: string;
  /** The ARNs of the instance profiles that hold the role. */
  instanceProfiles: string[];
}

/** A version of a managed policy that IAM keeps but does not apply. */
export interface PolicyVersion {
  versionId: string;
  /** The version's document as JSON text. */
  document: string;
  createDate?: string;
}

export interface ManagedPolicy {
  arn: string;
  name: string;
  path: string;
  /** The version IAM applies, e.g. "v3". */
  defaultVersionId?: string;
  /** The default version's document as JSON text. */
  document: string;
  /** An AWS managed policy (arn:PARTITION:iam::aws:policy/...), not one of the account's own. */
  isAwsManaged: boolean;
  /**
   * The versions other than the default one, as the import listed them; a saved workspace does
   * not keep them (an AWS managed policy can have hundreds).
   */
  otherVersions?: PolicyVersion[];
}

export interface Account {
  /** The 12-digit account id; the root user is arn:PARTITION:iam::ID:root. */
  id?: string;
  users: AccountUser[];
  groups: AccountGroup[];
  roles: AccountRole[];
  policies: ManagedPolicy[];
}

const AWS_MANAGED_POLICY = /^arn:[a-z-]+:iam::aws:policy\//;

export function isAwsManagedPolicyArn(arn: string): boolean {
  return AWS_MANAGED_POLICY.test(arn);
}

/** The partition of the account's ARNs ("aws", "aws-cn", "aws-us-gov"), "aws" when none says. */
export function accountPartition(account: Account): string {
  const arn = account.users[0]?.arn ?? account.roles[0]?.arn ?? account.groups[0]?.arn ?? '';
  return /^arn:([a-z-]+):/.exec(arn)?.[1] ?? 'aws';
}

/** The root user's ARN, when the account id is known. */
export function rootArn(account: Account): string | undefined {
  return account.id === undefined
    ? undefined
    : `arn:${accountPartition(account)}:iam::${account.id}:root`;
}

/** The account id of an IAM ARN (arn:PARTITION:iam::ID:...). */
export function accountIdOfArn(arn: string): string | undefined {
  return /^arn:[a-z-]+:iam::(\d{12}):/.exec(arn)?.[1];
}
