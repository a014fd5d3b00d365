// The client is wrapped once at start-up; the wrapper finds the current request's logger in
// AsyncLocalStorage instead of closing over a request.
import { AsyncLocalStorage } from 'node:async_hooks';
import express, { type Request } from 'express';
import { cache } from './cache-client';

const current = new AsyncLocalStorage<Request>();

function traceCalls(client: { get(key: string): Promise<unknown> }, storage: AsyncLocalStorage<Request>): void {
  const previous = client.get;
  client.get = function tracedGet(key: string) {
    storage.getStore()?.log.debug({ key }, 'cache get');
    return previous.call(this, key);
  };
}

traceCalls(cache, current);

export const app = express();

app.use((req, res, next) => {
  current.run(req, next);
});
