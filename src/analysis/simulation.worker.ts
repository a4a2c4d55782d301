// Runs the engine off the main thread: typing stays responsive however large the scenario.
import { createSimulator } from './simulation.ts';
import type { SimulationRequestMessage, SimulationResponseMessage } from './simulation-client.ts';

const simulate = createSimulator();

function respond(message: SimulationRequestMessage): SimulationResponseMessage {
  if ('query' in message) {
    try {
      return { query: message.query, statements: simulate.otherStatements(message.others) };
    } catch {
      return { query: message.query, statements: null };
    }
  }
  const { seq, input } = message;
  try {
    return { seq, output: simulate(input) };
  } catch (error) {
    return { seq, error: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = (event: MessageEvent<SimulationRequestMessage>) => {
  self.postMessage(respond(event.data));
};
