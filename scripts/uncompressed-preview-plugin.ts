import type { Plugin } from 'vite';
import { TEST_MODE } from './test-hooks-plugin.ts';

/**
 * The browser tests' server (`vite preview --mode e2e`) sends files as they are. Vite's preview
 * compresses every response anew, about 7 MB of scripts for each page a test opens, on the one
 * thread the server has; on localhost that buys nothing (measured: 24 tests took 117 s without
 * it, 120 s with it). Any other preview compresses as before.
 */
export function uncompressedTestPreviewPlugin(): Plugin {
  return {
    name: 'iam-studio:uncompressed-test-preview',
    configurePreviewServer(server) {
      if (server.config.mode !== TEST_MODE) return;
      // Added before Vite's compression, which leaves a response to a request without it as it is.
      server.middlewares.use((request, _response, next) => {
        delete request.headers['accept-encoding'];
        next();
      });
    },
  };
}
