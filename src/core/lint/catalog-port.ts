/**
 * What the lint rules need from the AWS service reference, synchronously. The rules depend on
 * this port, not on the catalog module, so each rule can be tested with a small hand-written
 * catalog; catalog-adapter.ts serves it from src/core/catalog.
 */

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

export interface CatalogAction {
  /** As AWS writes it, e.g. `GetObject`. */
  name: string;
  accessLevel: AccessLevel;
  /** Resource type names the action can be scoped to; empty when it only accepts `*`. */
  resourceTypes: readonly string[];
  /** Keys of the action and of its resource types, as documented (templates kept). */
  conditionKeys: readonly string[];
}

export interface CatalogResourceType {
  name: string;
  /** e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arnFormat: string;
}

/** String, ArrayOfString, ARN, Bool, Date, Numeric, IPAddress, Binary, ArrayOf... */
export interface CatalogConditionKey {
  /** As documented, e.g. `aws:RequestTag/${TagKey}`. */
  name: string;
  type: string;
}

export interface CatalogService {
  /** Lower case. */
  prefix: string;
  actions: readonly CatalogAction[];
  resourceTypes: readonly CatalogResourceType[];
  conditionKeys: readonly CatalogConditionKey[];
}

export interface LintCatalog {
  /** The day AWS's service data was taken (YYYY-MM-DD): what "not in the reference" is as of. */
  date: string;
  /** Every service prefix, lower case (`s3`, `ec2` ...). */
  servicePrefixes(): readonly string[];
  hasService(prefix: string): boolean;
  /**
   * A service's detail (prefix in any case); undefined when the service is unknown or not loaded
   * yet: rules then leave its names alone rather than call them unknown.
   */
  service(prefix: string): CatalogService | undefined;
  globalConditionKeys(): readonly CatalogConditionKey[];
}
