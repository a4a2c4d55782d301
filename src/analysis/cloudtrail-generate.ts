import {
  generatePolicy,
  loadCompareWithCurrent,
  lintCatalogOf,
  proveGeneratedPolicy,
  type Catalog,
  type GeneratedPolicy,
  type GenerationProof,
  type MappedCall,
  type PreparedScenario,
  type ReplayedCall,
  type ResourceScope,
  type ServiceUse,
} from '../core/index.ts';
import { callFacts, callView, type CallFacts, type CallView } from './cloudtrail-replay.ts';

/** Lists sent to the page at most (all are counted). */
const LISTED = 50;

/** Generate least privilege for one caller of the calls read, with the resource scope chosen. */
export interface CloudTrailGenerateQuery {
  read: number;
  caller: string;
  resources: ResourceScope;
}

/** The generated policy, its proof and the difference with today's policies, as the page shows them. */
export interface GenerationView {
  generated: Omit<GeneratedPolicy, 'leftOut'>;
  leftOut: { call: CallFacts; reason: string }[];
  /** Distinct calls left out (the first LISTED are in `leftOut`) and their events. */
  leftOutCalls: number;
  leftOutEvents: number;
  proof: Omit<GenerationProof, 'notAllowed'> & { notAllowed: CallView[] };
  unused: ServiceUse[];
  usedButDenied: CallView[];
  usedButDeniedCalls: number;
  /** Services today's policies grant whose reference could not be loaded, so not compared. */
  unloaded: string[];
}

/** A replayed call of the generation, named by its place among the calls read. */
function listed(replayed: readonly ReplayedCall[], places: Map<MappedCall, number>): CallView[] {
  return replayed.slice(0, LISTED).map((entry) => callView(entry, places.get(entry.call) ?? -1));
}

/**
 * Writes the policy that allows exactly the caller's successful calls, proves it (replayed alone,
 * linted) and compares it with what today's policies grant the caller.
 */
export async function generateView(
  calls: readonly MappedCall[],
  prepared: PreparedScenario,
  { caller, resources }: CloudTrailGenerateQuery,
  catalog: Catalog,
): Promise<GenerationView> {
  const places = new Map(calls.map((call, index) => [call, index]));
  const { leftOut, ...generated } = generatePolicy(calls, caller, catalog, { resources });
  const proof = proveGeneratedPolicy({ ...generated, leftOut }, calls, lintCatalogOf(catalog));
  const diff = await loadCompareWithCurrent(prepared, calls, caller, catalog);
  return {
    generated,
    leftOut: leftOut.slice(0, LISTED).map(({ call, reason }) => ({
      call: callFacts(call, places.get(call) ?? -1),
      reason,
    })),
    leftOutCalls: leftOut.length,
    leftOutEvents: leftOut.reduce((sum, { call }) => sum + call.count, 0),
    proof: { ...proof, notAllowed: listed(proof.notAllowed, places) },
    unused: diff.unused,
    usedButDenied: listed(diff.usedButDenied, places),
    usedButDeniedCalls: diff.usedButDenied.length,
    unloaded: diff.unloaded ?? [],
  };
}
