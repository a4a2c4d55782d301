import type { WhatCanAnswer } from '../../account/what-can-model.ts';
import type { CloudTrailActivity, ServiceLastUse } from './activity-model.ts';

/** One service of a principal, as IAM's Access Advisor tab lists it, from the imported files. */
export interface AccessAdvisorRow {
  /** The IAM service prefix. */
  service: string;
  /** The service's name, when the principal's policies name it. */
  name?: string;
  /**
   * Whether the principal's policies allow some action of the service (whatCan); undefined when
   * no answer was given.
   */
  granted?: boolean;
  /** The access levels allowed, with their grant: `Write: Limited`. */
  levels: string[];
  /** The principal's calls to the service in the logs; absent when there are none. */
  use?: Pick<ServiceLastUse, 'count' | 'failed' | 'firstSeen' | 'lastSeen'>;
}

/**
 * A principal's services with their last use in the imported CloudTrail: every service its
 * policies allow (when whatCan's answer is given) and every service it called. Like IAM's last
 * accessed information, a call counts whether it succeeded or not, and a service allowed and not
 * called is the one to look at. Used services come first, the most recent first; then the unused
 * ones by prefix. `principal` is a user's ARN or a role's (its sessions' calls count for it).
 * Services that `"Action": "*"` or a NotAction reaches are not listed one by one (whatCan's
 * everyOtherService): those called show as granted.
 */
export function accessAdvisor(
  activity: CloudTrailActivity,
  principal: string,
  granted?: WhatCanAnswer,
): AccessAdvisorRow[] {
  const uses = new Map(
    activity.services.filter((use) => use.caller === principal).map((use) => [use.service, use]),
  );
  const allowed = new Map(granted?.services.map((service) => [service.prefix, service]));
  const prefixes = new Set([...allowed.keys(), ...uses.keys()]);
  const rows = [...prefixes].map((service): AccessAdvisorRow => {
    const detail = allowed.get(service);
    const use = uses.get(service);
    return {
      service,
      ...(detail === undefined ? {} : { name: detail.name }),
      ...(granted === undefined
        ? {}
        : { granted: detail !== undefined || granted.everyOtherService !== undefined }),
      levels: (detail?.levels ?? [])
        .filter((level) => level.grant !== 'None')
        .map((level) => `${level.level}: ${level.grant}`),
      ...(use === undefined
        ? {}
        : {
            use: {
              count: use.count,
              failed: use.failed,
              ...(use.firstSeen === undefined ? {} : { firstSeen: use.firstSeen }),
              ...(use.lastSeen === undefined ? {} : { lastSeen: use.lastSeen }),
            },
          }),
    };
  });
  const last = (row: AccessAdvisorRow) => row.use?.lastSeen ?? '';
  return rows.sort(
    (a, b) =>
      Number(b.use !== undefined) - Number(a.use !== undefined) ||
      last(b).localeCompare(last(a)) ||
      a.service.localeCompare(b.service),
  );
}
