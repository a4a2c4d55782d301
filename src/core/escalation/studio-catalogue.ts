import type { Catalogue } from './catalogue-model.ts';
import { EXISTING_RESOURCE_TECHNIQUES } from './studio-catalogue-existing.ts';
import { IAM_TECHNIQUES } from './studio-catalogue-iam.ts';
import { PASS_ROLE_TECHNIQUES } from './studio-catalogue-passrole.ts';

/**
 * The studio's own catalogue of privilege-escalation techniques, written from the AWS API
 * Reference (each path's `docs`). Paths keep the id of the same technique in DataDog's
 * pathfinding.cloud catalogue and link to its page (see NOTICE); `npx tsx
 * scripts/extract-pathfinding.ts compare <pathfinding.cloud git directory>` lists the techniques
 * it has that this catalogue lacks or reads with other permissions.
 */
export const STUDIO_CATALOGUE: Catalogue = {
  source: 'IAM Policy Studio (path ids from https://pathfinding.cloud)',
  version: '2026-12-06',
  paths: [...IAM_TECHNIQUES, ...PASS_ROLE_TECHNIQUES, ...EXISTING_RESOURCE_TECHNIQUES],
};
