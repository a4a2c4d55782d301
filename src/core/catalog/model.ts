/** Access levels as AWS's Service Authorization Reference names them. */
export const ACCESS_LEVELS = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface ServiceSummary {
  prefix: string;
  name: string;
}

export interface ConditionKeyInfo {
  /** As AWS writes it, possibly a template such as `aws:ResourceTag/${TagKey}`. */
  key: string;
  /** String, ArrayOfString, ARN, Bool, Numeric, Date, IPAddress, ... */
  type: string;
}

export interface ResourceTypeInfo {
  name: string;
  /** e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
  arnFormat: string;
  conditionKeys: ConditionKeyInfo[];
}

export interface ActionResourceType {
  resourceType: ResourceTypeInfo;
  required: boolean;
  /** Keys that apply when the action is authorized against this resource type. */
  conditionKeys: ConditionKeyInfo[];
}

export interface ActionInfo {
  service: string;
  name: string;
  accessLevel: AccessLevel;
  /** The reference's description without its "Grants permission to" opening, first sentence. */
  description: string;
  /** The reference's description calls the action deprecated. */
  deprecated: boolean;
  resourceTypes: ActionResourceType[];
  /** Keys that apply to the action whatever the resource. */
  conditionKeys: ConditionKeyInfo[];
}

export interface ServiceDetail {
  prefix: string;
  name: string;
  actions: ActionInfo[];
  resourceTypes: ResourceTypeInfo[];
  conditionKeys: ConditionKeyInfo[];
}
