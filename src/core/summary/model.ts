import type { AccessLevel } from '../catalog/model.ts';

/**
 * What a policy's statements of one effect give for each service, as the IAM console's policy
 * summary shows it ("Policy summary (list of services)" and "Access levels in policy summaries",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html).
 */
export interface LevelAccess {
  level: AccessLevel;
  /** Full: every action of the level in the service reference; Limited: some of them. */
  grant: 'Full' | 'Limited';
  granted: number;
  total: number;
}

export interface SummaryResource {
  /** As written in Resource or NotResource. */
  value: string;
  /** From NotResource: every resource except this one. */
  except: boolean;
}

export interface SummaryCondition {
  operator: string;
  key: string;
  values: string[];
}

/** The access one effect's statements give to the resources and under the conditions listed. */
export interface AccessScope {
  resources: SummaryResource[];
  conditions: SummaryCondition[];
  /** Indexes of the statements this access comes from. */
  statements: number[];
}

export interface ServiceAccess extends AccessScope {
  prefix: string;
  name: string;
  /** Every action of the service. */
  fullAccess: boolean;
  /** The levels with at least one action, in the reference's order. */
  levels: LevelAccess[];
}

export interface EffectSummary {
  /** The services the statements name, by name. */
  services: ServiceAccess[];
  /**
   * `"Action": "*"` or a NotAction: every action of every service the statements do not name,
   * with how many services that is.
   */
  everyOtherService?: AccessScope & { count: number };
  /** Action entries that name no service or no action of the reference. */
  unrecognized: string[];
}

export interface PolicySummary {
  allow: EffectSummary;
  /** The console's "Explicit deny" sections. */
  deny: EffectSummary;
}
