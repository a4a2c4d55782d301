import { analysisClient } from '../../../analysis/analysis-client.ts';
import { createCloudTrailAnalysis } from '../../../analysis/cloudtrail-analysis.ts';
import { useStudioStore } from '../../../store/store.ts';

/** The app's one runner of CloudTrail jobs (read, replay, generate) for its store. */
export const cloudTrail = createCloudTrailAnalysis(useStudioStore, analysisClient);
