// Runs the engine off the main thread: typing stays responsive however large the scenario.
import { createSimulator } from '../../../store/simulation.ts';
import type { SimulationRequestMessage, SimulationResponseMessage } from './simulation-client.ts';

const simulate = createSimulator();

self.onmessage = (event: MessageEvent<SimulationRequestMessage>) => {
  const { seq, input } = event.data;
  let response: SimulationResponseMessage;
  try {
    response = { seq, output: simulate(input) };
  } catch (error) {
    response = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
