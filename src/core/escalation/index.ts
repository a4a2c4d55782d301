export type * from './account-view.ts';
export type * from './catalogue-model.ts';
export { CATEGORIES, STEP_RESOURCES } from './catalogue-model.ts';
export { CatalogueError, readCatalogue } from './read-catalogue.ts';
export { STUDIO_CATALOGUE } from './studio-catalogue.ts';
export {
  findEscalations,
  type Escalation,
  type EscalationOptions,
  type EscalationReport,
  type EscalationStep,
  type NotAnalysedPath,
} from './find-escalations.ts';
