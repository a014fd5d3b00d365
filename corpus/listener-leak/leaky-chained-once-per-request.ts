// One proxy serves every request; each request waits on it with a chained pair of `once`s,
// and only one of the two ever fires: the other stays on the proxy with its promise.
import httpProxy from 'http-proxy';
import type { IncomingMessage, ServerResponse } from 'node:http';

const proxy = httpProxy.createProxy();

export const forward = (req: IncomingMessage, res: ServerResponse, target: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    proxy
      .once('proxyRes', resolve)
      .once('error', reject) // expect: listener-leak
      .web(req, res, { target, changeOrigin: true });
  });
