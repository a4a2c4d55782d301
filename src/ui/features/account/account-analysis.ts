import { analysisClient } from '../../../analysis/analysis-client.ts';
import { createAccountAnalysis } from '../../../analysis/account-analysis.ts';
import { useStudioStore } from '../../../store/store.ts';

/** The app's one runner of account jobs (who can, what can, escalations) for its store. */
export const accountAnalysis = createAccountAnalysis(useStudioStore, analysisClient);
