import { splitAction } from '../catalog/catalog.ts';

/** An Action or NotAction entry split into its service and action patterns. */
export interface ActionPattern {
  text: string;
  service: string;
  action: string;
}

/** `*` stands for `*:*`; undefined for an entry without a colon, which names no action. */
export function actionPattern(text: string): ActionPattern | undefined {
  if (text === '*') return { text, service: '*', action: '*' };
  const parts = splitAction(text);
  return parts && { text, service: parts.service, action: parts.action };
}

/** Every action of every service: `*` or `*:*`. */
export function isEveryAction(pattern: ActionPattern): boolean {
  return pattern.service === '*' && pattern.action === '*';
}
