import type { PolicyType } from '../scenario/model.ts';

export type TemplateCategory = 'example' | 'trust' | 'pattern';

export interface PolicyTemplate {
  id: string;
  title: string;
  description: string;
  category: TemplateCategory;
  type: PolicyType;
  /** The policy text, formatted with two spaces. */
  document: string;
}

export const pretty = (document: unknown) => JSON.stringify(document, null, 2);
