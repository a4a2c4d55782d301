import { AnalysisClient, connectAnalysisWorker } from '../../../analysis/analysis-client.ts';
import { createCloudTrailAnalysis } from '../../../analysis/cloudtrail-analysis.ts';
import { useStudioStore } from '../../../store/store.ts';

/**
 * CloudTrail's own analysis worker (the same jobs, started when logs are first chosen): a worker
 * runs one job at a time, and reading a large trail in the app's analysis worker would hold up the
 * editor's lint and simulation until it ends. The calls read and their replay stay in this one.
 */
export const cloudTrailClient = new AnalysisClient(connectAnalysisWorker);

/** The app's one runner of CloudTrail jobs (read, replay, generate) for its store. */
export const cloudTrail = createCloudTrailAnalysis(useStudioStore, cloudTrailClient);
