export type * from './model.ts';
export { diffPolicies } from './diff-policies.ts';
export { diffScenarios } from './diff-scenarios.ts';
export { loadDiffServices } from './load-services.ts';
export * from './coverage.ts';
