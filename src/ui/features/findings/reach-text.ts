import { ACCESS_LEVELS, type ActionCounts } from '../../../core/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * "Grants 180 actions: 18 List, 66 Read, 57 Write, 27 Permissions management, 12 Tagging", the
 * levels in the service reference's order, those with no action left out.
 */
export function grantsText(counts: ActionCounts): string {
  const levels = ACCESS_LEVELS.filter((level) => counts.byAccessLevel[level] > 0).map(
    (level) => `${counts.byAccessLevel[level].toLocaleString('en-US')} ${level}`,
  );
  const services = counts.services > 1 ? ` of ${plural(counts.services, 'service')}` : '';
  const total = `${counts.total.toLocaleString('en-US')} action${counts.total === 1 ? '' : 's'}`;
  return levels.length === 0
    ? 'Grants no action of the service reference'
    : `Grants ${total}${services}: ${levels.join(', ')}`;
}
