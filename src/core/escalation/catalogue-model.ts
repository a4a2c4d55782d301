/**
 * The shape of an escalation catalogue: the studio's own (studio-catalogue.ts), or one a caller
 * supplies. Categories and path ids follow DataDog's pathfinding.cloud catalogue (see NOTICE).
 */

/** The catalogue's categories (pathfinding.cloud SCHEMA.md, `category`). */
export const CATEGORIES = [
  'self-escalation',
  'principal-access',
  'new-passrole',
  'existing-passrole',
  'credential-access',
] as const;
export type PathCategory = (typeof CATEGORIES)[number];

/**
 * Which resource of the account a required permission is asked on:
 * - self-user, self-role: the principal's own user or role;
 * - own-group: a group the principal (a user) belongs to; any-group: any group of the account;
 * - own-policy: a customer managed policy attached to the principal (directly or through a group);
 * - other-user: another user; target-role: another role;
 * - target-role-policy: a customer managed policy attached to that target role;
 * - passed-role: a role passed to the path's service, which must trust that service;
 * - new-resource: a resource the caller creates or names (asked as "*");
 * - existing-resource: a resource outside IAM that must already exist (a function, an instance),
 *   which an account of identities does not list.
 */
export const STEP_RESOURCES = [
  'self-user',
  'self-role',
  'own-group',
  'any-group',
  'own-policy',
  'other-user',
  'target-role',
  'target-role-policy',
  'passed-role',
  'new-resource',
  'existing-resource',
] as const;
export type StepResource = (typeof STEP_RESOURCES)[number];

export interface PathPermission {
  action: string;
  resource: StepResource;
}

export interface PassRole {
  /** Service principals the passed role's trust policy must allow, e.g. lambda.amazonaws.com. */
  services: string[];
  /** Whether the service runs what the caller supplies (code, a template) as the passed role. */
  runsCode: boolean;
}

export interface CataloguePath {
  /** pathfinding.cloud's id for the same technique, e.g. iam-001. */
  id: string;
  /** The permissions joined with "+". */
  name: string;
  category: PathCategory;
  description: string;
  /** The technique's page on pathfinding.cloud, https://pathfinding.cloud/paths/<id>. */
  url: string;
  /** The AWS API Reference page of the path's key action, which the path is derived from. */
  docs: string;
  permissions: PathPermission[];
  passRole?: PassRole;
}

export interface Catalogue {
  /** Who wrote the catalogue. */
  source: string;
  /** Which edition of it: a date or a commit. */
  version: string;
  paths: CataloguePath[];
}
