import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PreviewServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { uncompressedTestPreviewPlugin } from './uncompressed-preview-plugin.ts';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The middlewares the plugin adds to a preview server of `mode`. */
function middlewaresFor(mode: string): Middleware[] {
  const added: Middleware[] = [];
  const server = { config: { mode }, middlewares: { use: (m: Middleware) => added.push(m) } };
  const hook = uncompressedTestPreviewPlugin().configurePreviewServer as (s: PreviewServer) => void;
  hook(server as unknown as PreviewServer);
  return added;
}

describe('the browser tests’ preview server', () => {
  it('takes a request that accepts gzip as one that accepts no encoding, and passes it on', () => {
    const [middleware] = middlewaresFor('e2e');
    const request = { headers: { 'accept-encoding': 'gzip, br', accept: '*/*' } };
    let passedOn = false;
    middleware!(request as unknown as IncomingMessage, {} as ServerResponse, () => {
      passedOn = true;
    });
    expect(request.headers).toEqual({ accept: '*/*' });
    expect(passedOn).toBe(true);
  });

  it('leaves any other preview as Vite makes it, compressed', () => {
    expect(middlewaresFor('production')).toEqual([]);
  });
});
