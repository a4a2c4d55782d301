import { useEffect, useState } from 'react';
import { analysisClient } from '../../../analysis/analysis-client.ts';
import type { SimulationOutput } from '../../../analysis/simulation.ts';
import { useStudio } from '../../../store/store.ts';

/** The simulation, or why it could not be run (an engine bug: the UI says so rather than freezing). */
export type SimulationResponse = { output: SimulationOutput } | { error: string };

/**
 * The latest simulation of the store's policies and requests, or its error; null until the first
 * one arrives. Every change goes to the worker at once, latest wins: changes made while it is busy
 * are coalesced into one run, so results follow typing as fast as the engine allows.
 */
export function useSimulation(): SimulationResponse | null {
  const { policies, requests, selected, matrix } = useStudio((s) => ({
    policies: s.policies,
    requests: s.requests,
    selected: s.selectedRequest,
    matrix: s.simulatorView === 'matrix' ? s.matrix : null,
  }));
  const [response, setResponse] = useState<SimulationResponse | null>(null);
  useEffect(() => {
    analysisClient
      .run('simulate', { policies, requests, selected, matrix }, { lane: 'simulate' })
      .then(
        (output) => output && setResponse({ output }),
        (error: Error) => setResponse({ error: error.message }),
      );
  }, [policies, requests, selected, matrix]);
  return response;
}
