import { bundledCatalog } from '../core/catalog/bundled.ts';
import type { PolicyType } from '../core/index.ts';
import { FindingsDeriver, type PolicyFindings } from './policy-findings.ts';

export interface LintRequestMessage {
  seq: number;
  document: string;
  type: PolicyType;
}

export type LintResponseMessage = { seq: number } & (
  { result: PolicyFindings } | { error: string }
);

/** The texts of every policy of a workspace and the last few of the one being edited. */
const KEPT_RESULTS = 64;

/**
 * Lints policy texts in a worker, each (text, type) once: the policy list and the editor asking
 * for the same text share one run. Without Worker support (unit tests) it lints on the main
 * thread, still asynchronously.
 */
export class LintClient {
  private worker: Worker | null = null;
  private local = typeof Worker === 'undefined' ? new FindingsDeriver(bundledCatalog()) : null;
  private seq = 0;
  private readonly waiting = new Map<number, (response: LintResponseMessage) => void>();
  private readonly results = new Map<string, Promise<PolicyFindings>>();

  lint(document: string, type: PolicyType): Promise<PolicyFindings> {
    const key = `${type}\u0000${document}`;
    let result = this.results.get(key);
    if (!result) {
      result = this.run(document, type);
      // A failed run is not kept: the next pause in typing tries again.
      result.catch(() => this.results.delete(key));
      this.results.set(key, result);
      if (this.results.size > KEPT_RESULTS) {
        this.results.delete(this.results.keys().next().value as string);
      }
    }
    return result;
  }

  private run(document: string, type: PolicyType): Promise<PolicyFindings> {
    if (this.local) return this.local.derive(document, type);
    this.seq += 1;
    const seq = this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, (response) =>
        'result' in response ? resolve(response.result) : reject(new Error(response.error)),
      );
      this.ensureWorker().postMessage({ seq, document, type } satisfies LintRequestMessage);
    });
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<LintResponseMessage>) => {
        this.waiting.get(event.data.seq)?.(event.data);
        this.waiting.delete(event.data.seq);
      };
      this.worker.onerror = (event) => {
        for (const [seq, settle] of this.waiting) settle({ seq, error: event.message || 'failed' });
        this.waiting.clear();
      };
    }
    return this.worker;
  }
}

export const lintClient = new LintClient();
