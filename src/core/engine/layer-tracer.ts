import type { PreparedPolicy } from './prepare.ts';
import type { LayerKind, LayerOutcome, LayerTrace, PolicyTrace, StatementTrace } from './trace.ts';

/**
 * Records the trace of every layer, policy and statement while a request's layers run, for
 * explanations (evaluateRequest). Deciding alone (decideRequest) runs the same layers without one.
 */
export class LayerTracer {
  readonly layers: LayerTrace[] = [];
  private policies: PolicyTrace[] = [];
  private lastLayer: LayerTrace | undefined;

  /** Starts a policy's trace; the traces of its statements are to be added to the list returned. */
  policy(policy: PreparedPolicy, level: number | undefined, applies: boolean): StatementTrace[] {
    const statements: StatementTrace[] = [];
    const trace: PolicyTrace = {
      policyId: policy.source.id,
      type: policy.source.type,
      applies,
      statements,
    };
    if (level !== undefined) trace.level = level;
    this.policies.push(trace);
    return statements;
  }

  /** Ends a layer (one SCP or RCP level): its trace holds the policies traced since the last. */
  layer(layer: LayerKind, level: number | undefined, outcome: LayerOutcome): void {
    const trace: LayerTrace = { layer, outcome, policies: this.policies, notes: [] };
    if (level !== undefined) trace.level = level;
    if (this.policies.length > 0) this.layers.push(trace);
    this.policies = [];
    this.lastLayer = trace;
  }

  /** The trace of the layer ended last, to add notes to. */
  get last(): LayerTrace {
    if (!this.lastLayer) throw new Error('No layer has run yet');
    return this.lastLayer;
  }
}
