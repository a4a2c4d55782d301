import { analysisClient } from '../../../analysis/analysis-client.ts';
import { useStudioStore } from '../../../store/store.ts';
import { createPracticesRunner } from './practices-runner.ts';

/** The app's one runner of best-practices jobs (credential report, alarm events) for its store. */
export const practices = createPracticesRunner(useStudioStore, analysisClient);
