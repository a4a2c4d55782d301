import type { ServiceAccess } from './model.ts';

/**
 * The access level column as the console writes it: `Full access`, or the Full levels then the
 * Limited ones, e.g. `Full: List, Read` and `Limited: Write`, a line each.
 */
export function describeAccess(service: Pick<ServiceAccess, 'fullAccess' | 'levels'>): string[] {
  if (service.fullAccess) return ['Full access'];
  const named = (grant: 'Full' | 'Limited') => {
    const levels = service.levels.filter((l) => l.grant === grant).map((l) => l.level);
    return levels.length > 0 ? [`${grant}: ${levels.join(', ')}`] : [];
  };
  return [...named('Full'), ...named('Limited')];
}
