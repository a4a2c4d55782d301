import { useStudioStore } from '../../../store/store.ts';
import { cloudTrailClient } from '../cloudtrail/cloudtrail.ts';
import { createPracticesRunner } from './practices-runner.ts';

/**
 * The app's one runner of best-practices jobs (credential report, checklist, alarm events) for its
 * store, in CloudTrail's worker: the logs read are kept there, and the alarms and the checklist
 * read them again; the credential report read last is kept beside them for the checklist.
 */
export const practices = createPracticesRunner(useStudioStore, cloudTrailClient);
