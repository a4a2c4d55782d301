import {
  type Catalog,
  lintCatalogOf,
  type LintFinding,
  lintPolicy,
  type LintSeverity,
  type PlacedFinding,
  placeFindings,
  type PolicyType,
} from '../core/index.ts';
import type { ParsedTexts } from './parsed-texts.ts';
import type { PolicyStatus } from './policy-analysis.ts';
import type { LintTarget } from './protocol.ts';

/** The findings of one text of a policy, for that text's spans. */
export interface PolicyFindings {
  document: string;
  type: PolicyType;
  findings: readonly PlacedFinding[];
}

/** Most severe first: the order of the findings panel. */
export const SEVERITY_ORDER: readonly LintSeverity[] = [
  'error',
  'security-warning',
  'warning',
  'suggestion',
];

type Graded = Pick<LintFinding, 'code' | 'severity'>;

/** Red for errors, amber for (security) warnings; suggestions leave a policy valid. */
export function findingsStatus(findings: readonly Graded[]): PolicyStatus {
  if (findings.some((finding) => finding.severity === 'error')) return 'errors';
  const warns = findings.some((finding) => finding.severity !== 'suggestion');
  return warns ? 'warnings' : 'valid';
}

const STATUS_RANK: Record<PolicyStatus, number> = { valid: 0, warnings: 1, errors: 2 };

export function worstStatus(a: PolicyStatus, b: PolicyStatus): PolicyStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

/** The findings whose code the user has not hidden; the same array when nothing is hidden. */
export function visibleFindings<T extends Graded>(
  findings: readonly T[],
  hiddenCodes: readonly string[],
): readonly T[] {
  if (hiddenCodes.length === 0) return findings;
  const hidden = new Set(hiddenCodes);
  return findings.filter((finding) => !hidden.has(finding.code));
}

/** Enough entries for every policy of a workspace plus the texts of the one being edited. */
const CACHE_SIZE = 64;

/** `"prefix:` anywhere: actions and condition keys, with ARNs' `"arn:` and `"aws:` among them. */
const NAMED_PREFIX = /"([a-z0-9-]+):/gi;

/**
 * Lints policy texts against the catalog, memoised per (text, type). Lint reads the service
 * reference synchronously and only from services already loaded, so each text first loads the
 * services it names. They are found by a scan of the text rather than a parse: it costs a few
 * milliseconds on a 500-statement policy where a parse costs a hundred, and loading a service
 * a value merely mentions does no harm.
 */
export class FindingsDeriver {
  private readonly lintCatalog;
  private readonly cache = new Map<string, PolicyFindings>();

  constructor(
    private readonly catalog: Catalog,
    private readonly parses: ParsedTexts,
  ) {
    this.lintCatalog = lintCatalogOf(catalog);
  }

  async derive({ policyId, document, type }: LintTarget): Promise<PolicyFindings> {
    await this.loadServicesNamedIn(document);
    const key = `${type}\u0000${document}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used last, so the oldest entry is the first one evicted.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const parsed = this.parses.get(policyId, document);
    const linted = lintPolicy(parsed, type, this.lintCatalog);
    const derived = { document, type, findings: placeFindings(parsed, linted) };
    this.cache.set(key, derived);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return derived;
  }

  private async loadServicesNamedIn(document: string): Promise<void> {
    const prefixes = new Set(
      Array.from(document.matchAll(NAMED_PREFIX), (match) => match[1] ?? ''),
    );
    const missing = [...prefixes].filter(
      (prefix) => this.catalog.service(prefix) && !this.catalog.loaded(prefix),
    );
    // A service that fails to load (a missing chunk) stays unchecked: lint leaves its names alone.
    await Promise.all(missing.map((prefix) => this.catalog.load(prefix).catch(() => undefined)));
  }
}
