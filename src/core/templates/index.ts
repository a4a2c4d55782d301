import { EXAMPLE_TEMPLATES } from './examples.ts';
import { PATTERN_TEMPLATES } from './patterns.ts';
import type { PolicyTemplate } from './template.ts';
import { TRUST_TEMPLATES } from './trust.ts';

export type { PolicyTemplate, TemplateCategory } from './template.ts';

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  ...EXAMPLE_TEMPLATES,
  ...TRUST_TEMPLATES,
  ...PATTERN_TEMPLATES,
];
